-- 调解员培训 (issue 14: the roster with training and credit points): one row per course a mediator attended.
-- Append-only like a certificate register; the division is the mediator's, so the division filter scopes it.
CREATE TABLE med_mediator_training (
    id             uuid PRIMARY KEY,
    version        bigint        NOT NULL,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(100)  NOT NULL,
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(100)  NOT NULL,
    division_code  varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    mediator_id    uuid          NOT NULL REFERENCES med_mediator (id) ON DELETE CASCADE,
    trained_on     date          NOT NULL,
    hours          numeric(5, 1) NOT NULL CHECK (hours > 0),
    subject        varchar(200)  NOT NULL,
    organizer      varchar(100),
    certificate_no varchar(60)
);
CREATE INDEX med_mediator_training_mediator_idx ON med_mediator_training (mediator_id, trained_on DESC);
