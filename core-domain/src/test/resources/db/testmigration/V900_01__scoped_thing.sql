CREATE TABLE test_scoped_thing (
    id            uuid PRIMARY KEY,
    version       bigint NOT NULL,
    division_code varchar(12) COLLATE "C" NOT NULL,
    label         varchar(100) NOT NULL,
    created_at    timestamptz NOT NULL,
    created_by    varchar(100) NOT NULL,
    updated_at    timestamptz NOT NULL,
    updated_by    varchar(100) NOT NULL
);
CREATE INDEX test_scoped_thing_division_idx ON test_scoped_thing (division_code);
