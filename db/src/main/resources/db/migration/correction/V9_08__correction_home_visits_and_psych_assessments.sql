-- 走访 (home visits) and 心理评估 (psychological assessments) of a subject under correction (实施办法), records of their
-- own; each is also a line of the subject's history (core_transition, actions 'home-visits' and
-- 'psychological-assessments'). An assessment is health data: its reads are audited by the service.
CREATE TABLE cr_home_visit (
    id             uuid PRIMARY KEY,
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(100)  NOT NULL,
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(100)  NOT NULL,
    division_code  varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    subject_id     uuid          NOT NULL REFERENCES cr_subject (id),
    visited_on     date          NOT NULL,
    visitor        varchar(100)  NOT NULL,
    place          varchar(16)   NOT NULL CHECK (place IN ('HOME', 'WORKPLACE', 'COMMUNITY', 'OTHER')),
    findings       varchar(1000) NOT NULL,
    follow_up      varchar(500)
);
CREATE INDEX cr_home_visit_subject_idx ON cr_home_visit (subject_id, visited_on);
CREATE INDEX cr_home_visit_division_idx ON cr_home_visit (division_code, visited_on);

CREATE TABLE cr_home_visit_aud (
    id             uuid          NOT NULL,
    rev            bigint        NOT NULL REFERENCES core_revision (id),
    revtype        smallint,
    version        bigint,
    created_at     timestamptz,
    created_by     varchar(100),
    updated_at     timestamptz,
    updated_by     varchar(100),
    division_code  varchar(12),
    subject_id     uuid,
    visited_on     date,
    visitor        varchar(100),
    place          varchar(16),
    findings       varchar(1000),
    follow_up      varchar(500),
    PRIMARY KEY (id, rev)
);

CREATE TABLE cr_psych_assessment (
    id             uuid PRIMARY KEY,
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(100)  NOT NULL,
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(100)  NOT NULL,
    division_code  varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    subject_id     uuid          NOT NULL REFERENCES cr_subject (id),
    assessed_on    date          NOT NULL,
    assessor       varchar(100)  NOT NULL,
    instrument     varchar(100)  NOT NULL,
    risk_level     varchar(8)    NOT NULL CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    conclusion     varchar(1000) NOT NULL,
    recommendation varchar(500)
);
CREATE INDEX cr_psych_assessment_subject_idx ON cr_psych_assessment (subject_id, assessed_on);
CREATE INDEX cr_psych_assessment_division_idx ON cr_psych_assessment (division_code, assessed_on);

CREATE TABLE cr_psych_assessment_aud (
    id             uuid          NOT NULL,
    rev            bigint        NOT NULL REFERENCES core_revision (id),
    revtype        smallint,
    version        bigint,
    created_at     timestamptz,
    created_by     varchar(100),
    updated_at     timestamptz,
    updated_by     varchar(100),
    division_code  varchar(12),
    subject_id     uuid,
    assessed_on    date,
    assessor       varchar(100),
    instrument     varchar(100),
    risk_level     varchar(8),
    conclusion     varchar(1000),
    recommendation varchar(500),
    PRIMARY KEY (id, rev)
);
