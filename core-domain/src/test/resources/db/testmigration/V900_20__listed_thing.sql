-- A list of core's own tests (keyset paging): a not-null date with many ties, a state, a nullable due date.
CREATE TABLE test_listed_thing (
    id            uuid PRIMARY KEY,
    version       bigint NOT NULL,
    division_code varchar(12) COLLATE "C" NOT NULL,
    received_on   date NOT NULL,
    stage         varchar(20) NOT NULL,
    due_on        date,
    label         varchar(100) NOT NULL,
    created_at    timestamptz NOT NULL,
    created_by    varchar(100) NOT NULL,
    updated_at    timestamptz NOT NULL,
    updated_by    varchar(100) NOT NULL
);
CREATE INDEX test_listed_thing_list_idx ON test_listed_thing (received_on DESC, id DESC);
