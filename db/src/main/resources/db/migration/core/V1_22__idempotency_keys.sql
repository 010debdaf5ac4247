-- Idempotency-Key store: the first answer to a POST, replayed for a repeat with the same key and body within 24 h.
CREATE TABLE core_idempotency_key (
    caller                varchar(200) NOT NULL,
    idempotency_key       varchar(64)  NOT NULL,
    request_hash          varchar(64)  NOT NULL,
    method                varchar(10)  NOT NULL,
    path                  varchar(500) NOT NULL,
    status                varchar(16)  NOT NULL CHECK (status IN ('IN_FLIGHT', 'COMPLETED')),
    response_status       integer CHECK (response_status BETWEEN 200 AND 499),
    response_location     varchar(1000),
    response_etag         varchar(100),
    response_content_type varchar(200),
    response_body         bytea,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    completed_at          timestamptz,
    PRIMARY KEY (caller, idempotency_key),
    CHECK (status = 'IN_FLIGHT' OR response_status IS NOT NULL)
);
CREATE INDEX core_idempotency_key_created_idx ON core_idempotency_key (created_at);
