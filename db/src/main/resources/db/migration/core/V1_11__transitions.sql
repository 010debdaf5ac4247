-- Workflow history: one row per transition of any service's record (who, when, from, to, comment).
CREATE TABLE core_transition (
    id            uuid PRIMARY KEY,
    version       bigint        NOT NULL,
    division_code varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    record_type   varchar(40)   NOT NULL,
    record_id     uuid          NOT NULL,
    action        varchar(40)   NOT NULL,
    from_state    varchar(40),
    to_state      varchar(40)   NOT NULL,
    -- The business date of the step (may be back-dated); recorded_at is when it was entered.
    occurred_on   date          NOT NULL,
    actor         varchar(100)  NOT NULL,
    actor_name    varchar(100),
    recorded_at   timestamptz   NOT NULL,
    comment       varchar(2000),
    created_at    timestamptz   NOT NULL,
    created_by    varchar(100)  NOT NULL,
    updated_at    timestamptz   NOT NULL,
    updated_by    varchar(100)  NOT NULL
);
CREATE INDEX core_transition_record_idx ON core_transition (record_id, recorded_at);
CREATE INDEX core_transition_division_idx ON core_transition (division_code);
