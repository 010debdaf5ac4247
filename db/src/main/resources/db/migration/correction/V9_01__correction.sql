-- 社区矫正 (社区矫正法, 社区矫正法实施办法): pre-sentence assessments (调查评估), correction subjects and their
-- rewards and sanctions (Art 28). Due dates live in core_deadline only (rules in V9_02).
-- Identity fields are the most sensitive of the platform: the API masks them in lists and audits every full read.

-- 调查评估 (社区矫正法第十八条): a commission from a court, procuratorate, police or prison.
CREATE TABLE cr_investigation (
    id                       uuid PRIMARY KEY,
    version                  bigint       NOT NULL DEFAULT 0,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(100) NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(100) NOT NULL,
    division_code            varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    commissioning_authority  varchar(100) NOT NULL,
    authority_type           varchar(16)  NOT NULL CHECK (authority_type IN ('COURT', 'PROCURATORATE', 'PUBLIC_SECURITY', 'PRISON')),
    person_name              varchar(50)  NOT NULL,
    id_number                varchar(18)  NOT NULL,
    minor                    boolean      NOT NULL DEFAULT false,
    proposed_kind            varchar(24)  NOT NULL CHECK (proposed_kind IN ('CONTROL', 'PROBATION', 'PAROLE', 'TEMP_OUTSIDE_PRISON')),
    residence_change         boolean      NOT NULL DEFAULT false,
    expedited                boolean      NOT NULL DEFAULT false,
    received_on              date         NOT NULL,
    assignee                 varchar(100),
    status                   varchar(16)  NOT NULL CHECK (status IN ('COMMISSIONED', 'SUBMITTED')),
    suitable                 boolean,
    opinion                  varchar(2000),
    submitted_on             date,
    procuratorate_copied_on  date,
    CONSTRAINT cr_inv_submitted_ck CHECK (submitted_on IS NULL OR submitted_on >= received_on)
);
CREATE INDEX cr_inv_division_idx ON cr_investigation (division_code, received_on);
CREATE INDEX cr_inv_status_idx ON cr_investigation (status, received_on);
CREATE INDEX cr_inv_assignee_idx ON cr_investigation (assignee);

-- 社区矫正对象 (Art 2): from the judgment taking effect to discharge (解除, Art 44) or termination (终止, Art 45).
CREATE TABLE cr_subject (
    id                       uuid PRIMARY KEY,
    version                  bigint       NOT NULL DEFAULT 0,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(100) NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(100) NOT NULL,
    division_code            varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    person_name              varchar(50)  NOT NULL,
    id_number                varchar(18)  NOT NULL,
    phone                    varchar(20),
    gender                   varchar(8)   NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    minor                    boolean      NOT NULL,
    kind                     varchar(24)  NOT NULL CHECK (kind IN ('CONTROL', 'PROBATION', 'PAROLE', 'TEMP_OUTSIDE_PRISON')),
    temp_outside_reason      varchar(24)  CHECK (temp_outside_reason IN ('MEDICAL_PAROLE', 'PREGNANT_OR_NURSING', 'UNABLE_SELF_CARE')),
    deciding_authority       varchar(100) NOT NULL,
    judgment_effective_on    date         NOT NULL,
    term_start               date         NOT NULL,
    term_end                 date         NOT NULL,
    crime                    varchar(100) NOT NULL,
    executing_org_id         uuid         NOT NULL REFERENCES core_organization (id),
    assignee                 varchar(100),
    status                   varchar(24)  NOT NULL CHECK (status IN ('AWAITING_REPORT', 'RECEIVED', 'UNDER_CORRECTION', 'LOST_CONTACT',
                                 'REVOCATION_PROPOSED', 'DISCHARGE_PENDING', 'DISCHARGED', 'TERMINATED')),
    reported_on              date,
    announced_on             date,
    team                     varchar(500),
    team_has_woman           boolean,
    plan                     varchar(2000),
    supervision_level        varchar(8)   CHECK (supervision_level IN ('STRICT', 'NORMAL', 'LENIENT')),
    last_check_in_on         date,
    lost_contact_since       date,
    revocation_proposed_on   date,
    discharge_prepared_on    date,
    end_type                 varchar(32)  CHECK (end_type IN ('DISCHARGED_EXPIRY', 'DISCHARGED_PARDON', 'TERMINATED_PROBATION_REVOKED',
                                 'TERMINATED_PAROLE_REVOKED', 'TERMINATED_RECOMMITTED', 'TERMINATED_DEATH')),
    ended_on                 date,
    CONSTRAINT cr_subject_term_ck CHECK (term_end >= term_start),
    CONSTRAINT cr_subject_reason_ck CHECK ((kind = 'TEMP_OUTSIDE_PRISON') = (temp_outside_reason IS NOT NULL)),
    CONSTRAINT cr_subject_end_ck CHECK ((end_type IS NULL) = (ended_on IS NULL))
);
CREATE INDEX cr_subject_division_idx ON cr_subject (division_code, judgment_effective_on);
CREATE INDEX cr_subject_status_idx ON cr_subject (status, kind);
CREATE INDEX cr_subject_org_idx ON cr_subject (executing_org_id);
CREATE INDEX cr_subject_assignee_idx ON cr_subject (assignee);
CREATE INDEX cr_subject_term_end_idx ON cr_subject (term_end);
CREATE INDEX cr_subject_ended_idx ON cr_subject (ended_on, end_type);
CREATE INDEX cr_subject_reported_idx ON cr_subject (reported_on);

-- 奖惩 (Art 28): each measure with its facts and evidence.
CREATE TABLE cr_measure (
    id                       uuid PRIMARY KEY,
    version                  bigint       NOT NULL DEFAULT 0,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(100) NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(100) NOT NULL,
    division_code            varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    subject_id               uuid         NOT NULL REFERENCES cr_subject (id),
    measure                  varchar(40)  NOT NULL CHECK (measure IN ('COMMENDATION', 'ADMONITION', 'WARNING', 'PROPOSE_PUBLIC_SECURITY_PENALTY',
                                 'PROPOSE_REVOKE_PROBATION', 'PROPOSE_REVOKE_PAROLE', 'PROPOSE_RECOMMITMENT', 'PROPOSE_ARREST',
                                 'PROPOSE_SENTENCE_REDUCTION', 'ELECTRONIC_MONITORING')),
    facts                    varchar(2000) NOT NULL,
    evidence                 varchar(2000),
    decided_on               date         NOT NULL
);
CREATE INDEX cr_measure_subject_idx ON cr_measure (subject_id, decided_on);
CREATE INDEX cr_measure_division_idx ON cr_measure (division_code, decided_on, measure);

-- Envers history tables: every column of the audited table (nullable), plus rev and revtype.
DO $$
DECLARE
    t    text;
    cols text;
BEGIN
    FOREACH t IN ARRAY ARRAY['cr_investigation', 'cr_subject', 'cr_measure']
    LOOP
        SELECT string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod)), ', ' ORDER BY a.attnum)
          INTO cols
          FROM pg_attribute a
         WHERE a.attrelid = t::regclass AND a.attnum > 0 AND NOT a.attisdropped;
        EXECUTE format('CREATE TABLE %I (%s, rev bigint NOT NULL REFERENCES core_revision (id), revtype smallint, '
                       'PRIMARY KEY (id, rev))', t || '_aud', cols);
    END LOOP;
END
$$;
