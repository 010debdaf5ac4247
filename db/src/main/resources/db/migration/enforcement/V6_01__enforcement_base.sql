-- 行政执法监督 (enforcement-oversight-service). Every table carries the division it belongs to
-- (division_code COLLATE "C", b-tree indexed, so "within division X" is a prefix LIKE on an index).

-- 执法主体: authorised (法定/授权) or entrusted (受委托) bodies, with their 权责清单 categories.
CREATE TABLE enf_agency (
    id                uuid PRIMARY KEY,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(100) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(100) NOT NULL,
    division_code     varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    name              varchar(100) NOT NULL,
    short_name        varchar(30),
    credit_code       varchar(18),
    kind              varchar(16)  NOT NULL CHECK (kind IN ('AUTHORISED', 'ENTRUSTED')),
    entrusted_by      varchar(100),
    power_categories  varchar(16)[] NOT NULL DEFAULT '{}'
        CHECK (power_categories <@ ARRAY['LICENSING','PENALTY','COERCION','LEVY','REQUISITION','FEE','INSPECTION',
                                         'CONFIRMATION','BENEFIT','REWARD','ADJUDICATION','OTHER']::varchar(16)[]),
    active            boolean      NOT NULL DEFAULT true,
    CONSTRAINT enf_agency_entrusted_ck CHECK (kind <> 'ENTRUSTED' OR entrusted_by IS NOT NULL),
    CONSTRAINT enf_agency_name_uq UNIQUE (division_code, name)
);
CREATE INDEX enf_agency_division_idx ON enf_agency (division_code, name);

-- 执法人员: certificate, exam result, training, and whether the officer holds the 法律职业资格 (required of legal reviewers).
CREATE TABLE enf_officer (
    id                       uuid PRIMARY KEY,
    version                  bigint       NOT NULL DEFAULT 0,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(100) NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(100) NOT NULL,
    division_code            varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    agency_id                uuid         NOT NULL REFERENCES enf_agency (id),
    name                     varchar(50)  NOT NULL,
    certificate_no           varchar(40)  NOT NULL UNIQUE,
    certificate_valid_until  date         NOT NULL,
    exam_result              varchar(16)  NOT NULL CHECK (exam_result IN ('PASSED', 'FAILED', 'NOT_TAKEN')),
    exam_on                  date,
    training_hours           integer      NOT NULL DEFAULT 0 CHECK (training_hours >= 0),
    legal_qualification      boolean      NOT NULL DEFAULT false,
    active                   boolean      NOT NULL DEFAULT true
);
CREATE INDEX enf_officer_agency_idx ON enf_officer (agency_id, name);
CREATE INDEX enf_officer_division_idx ON enf_officer (division_code, certificate_valid_until);

-- 执法数据: one row per reported action. A record is exactly one row (its penalty kinds are an array column of
-- the same row), so a record is written whole or not at all. Idempotent by (agency_id, external_ref).
-- publication_due_on is computed at ingest (7 or 20 working days after the decision), so the three-systems
-- rates are plain aggregates.
CREATE TABLE enf_action (
    id                    uuid PRIMARY KEY,
    version               bigint        NOT NULL DEFAULT 0,
    created_at            timestamptz   NOT NULL,
    created_by            varchar(100)  NOT NULL,
    updated_at            timestamptz   NOT NULL,
    updated_by            varchar(100)  NOT NULL,
    division_code         varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    agency_id             uuid          NOT NULL REFERENCES enf_agency (id),
    external_ref          varchar(64) COLLATE "C" NOT NULL,
    act_type              varchar(16)   NOT NULL CHECK (act_type IN ('LICENSING','PENALTY','COERCION','LEVY','REQUISITION',
                                            'FEE','INSPECTION','CONFIRMATION','BENEFIT','REWARD','ADJUDICATION','OTHER')),
    decided_on            date          NOT NULL,
    party_name            varchar(200)  NOT NULL,
    party_credit_code     varchar(18),
    penalty_kinds         varchar(32)[] NOT NULL DEFAULT '{}'
        CHECK (penalty_kinds <@ ARRAY['WARNING','CIRCULATED_CRITICISM','FINE','CONFISCATE_GAINS','CONFISCATE_PROPERTY',
               'SUSPEND_LICENCE','DOWNGRADE_QUALIFICATION','REVOKE_LICENCE','RESTRICT_OPERATIONS','ORDER_SUSPENSION',
               'ORDER_CLOSURE','EMPLOYMENT_BAN','DETENTION','OTHER']::varchar(32)[]),
    amount                numeric(16, 2) CHECK (amount >= 0),
    major                 boolean       NOT NULL,
    legal_reviewed_on     date,
    publicized_on         date,
    recorded_audio_visual boolean       NOT NULL,
    publication_due_on    date          NOT NULL,
    CONSTRAINT enf_action_ref_uq UNIQUE (agency_id, external_ref),
    CONSTRAINT enf_action_publicized_ck CHECK (publicized_on IS NULL OR publicized_on >= decided_on),
    CONSTRAINT enf_action_kinds_only_penalty_ck CHECK (act_type = 'PENALTY' OR cardinality(penalty_kinds) = 0)
);
CREATE INDEX enf_action_agency_decided_idx ON enf_action (agency_id, decided_on);
CREATE INDEX enf_action_division_decided_idx ON enf_action (division_code, decided_on);
CREATE INDEX enf_action_type_decided_idx ON enf_action (act_type, decided_on);
CREATE INDEX enf_action_ref_idx ON enf_action (external_ref);
CREATE INDEX enf_action_decided_idx ON enf_action (decided_on, id);

-- Excel import jobs: progress lives here so that it survives a restart and any instance can answer it.
CREATE TABLE enf_action_import (
    id            uuid PRIMARY KEY,
    division_code varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    agency_id     uuid         NOT NULL REFERENCES enf_agency (id),
    filename      varchar(200) NOT NULL,
    status        varchar(16)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total         integer      NOT NULL DEFAULT 0,
    processed     integer      NOT NULL DEFAULT 0,
    accepted      integer      NOT NULL DEFAULT 0,
    updated       integer      NOT NULL DEFAULT 0,
    rejected      integer      NOT NULL DEFAULT 0,
    failure       varchar(500),
    created_at    timestamptz  NOT NULL,
    created_by    varchar(100) NOT NULL,
    finished_at   timestamptz
);
CREATE INDEX enf_action_import_division_idx ON enf_action_import (division_code, created_at);

CREATE TABLE enf_action_import_error (
    import_id  uuid         NOT NULL REFERENCES enf_action_import (id) ON DELETE CASCADE,
    row_no     integer      NOT NULL,
    field      varchar(64)  NOT NULL,
    code       varchar(64)  NOT NULL,
    message    varchar(300) NOT NULL
);
CREATE INDEX enf_action_import_error_idx ON enf_action_import_error (import_id, row_no);

-- 重大执法决定法制审核 (行政处罚法 Art 58).
CREATE TABLE enf_major_decision_review (
    id                 uuid PRIMARY KEY,
    version            bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL,
    created_by         varchar(100) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    updated_by         varchar(100) NOT NULL,
    division_code      varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    agency_id          uuid         NOT NULL REFERENCES enf_agency (id),
    case_title         varchar(200) NOT NULL,
    party_name         varchar(200) NOT NULL,
    action_ref         varchar(64),
    reason             varchar(24)  NOT NULL CHECK (reason IN ('PUBLIC_INTEREST', 'MAJOR_RIGHTS_HEARING', 'COMPLEX', 'OTHER')),
    submitted_on       date         NOT NULL,
    status             varchar(16)  NOT NULL CHECK (status IN ('SUBMITTED', 'REVIEWING', 'LAWFUL', 'AMEND', 'UNLAWFUL')),
    reviewer_id        uuid REFERENCES enf_officer (id),
    review_started_on  date,
    opinion_on         date,
    opinion_text       varchar(2000)
);
CREATE INDEX enf_mdr_division_idx ON enf_major_decision_review (division_code, submitted_on);
CREATE INDEX enf_mdr_agency_idx ON enf_major_decision_review (agency_id, submitted_on);
CREATE INDEX enf_mdr_status_idx ON enf_major_decision_review (status, submitted_on);

-- 重大行政处罚备案.
CREATE TABLE enf_penalty_filing (
    id             uuid PRIMARY KEY,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(100) NOT NULL,
    division_code  varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    agency_id      uuid         NOT NULL REFERENCES enf_agency (id),
    case_title     varchar(200) NOT NULL,
    party_name     varchar(200) NOT NULL,
    action_ref     varchar(64),
    penalty_kinds  varchar(32)[] NOT NULL DEFAULT '{}'
        CHECK (penalty_kinds <@ ARRAY['WARNING','CIRCULATED_CRITICISM','FINE','CONFISCATE_GAINS','CONFISCATE_PROPERTY',
               'SUSPEND_LICENCE','DOWNGRADE_QUALIFICATION','REVOKE_LICENCE','RESTRICT_OPERATIONS','ORDER_SUSPENSION',
               'ORDER_CLOSURE','EMPLOYMENT_BAN','DETENTION','OTHER']::varchar(32)[]),
    amount         numeric(16, 2) CHECK (amount >= 0),
    decided_on     date         NOT NULL,
    filed_on       date         NOT NULL,
    filed_late     boolean      NOT NULL,
    status         varchar(20)  NOT NULL CHECK (status IN ('FILED', 'NO_ISSUE', 'CORRECTION_REQUIRED', 'CORRECTED')),
    reviewed_on    date,
    review_opinion varchar(2000),
    corrected_on   date,
    CONSTRAINT enf_pf_dates_ck CHECK (filed_on >= decided_on)
);
CREATE INDEX enf_pf_division_idx ON enf_penalty_filing (division_code, filed_on);
CREATE INDEX enf_pf_agency_idx ON enf_penalty_filing (agency_id, filed_on);
CREATE INDEX enf_pf_status_idx ON enf_penalty_filing (status, filed_on);

-- 案卷评查: plan (share, seed, grade thresholds), checklist items with their maximum deduction, sampled files, deductions.
CREATE TABLE enf_file_review_plan (
    id                uuid PRIMARY KEY,
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL,
    created_by        varchar(100)  NOT NULL,
    updated_at        timestamptz   NOT NULL,
    updated_by        varchar(100)  NOT NULL,
    division_code     varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    name              varchar(100)  NOT NULL,
    period_from       date          NOT NULL,
    period_to         date          NOT NULL,
    sample_share      numeric(5, 4) NOT NULL CHECK (sample_share > 0 AND sample_share <= 1),
    seed              bigint        NOT NULL,
    excellent_min     numeric(5, 1) NOT NULL,
    pass_min          numeric(5, 1) NOT NULL,
    status            varchar(16)   NOT NULL CHECK (status IN ('PLANNED', 'SAMPLED', 'CLOSED')),
    sampled_on        date,
    CONSTRAINT enf_frp_period_ck CHECK (period_to >= period_from),
    CONSTRAINT enf_frp_thresholds_ck CHECK (pass_min >= 0 AND excellent_min > pass_min AND excellent_min <= 100)
);
CREATE INDEX enf_frp_division_idx ON enf_file_review_plan (division_code, period_from);

CREATE TABLE enf_file_review_item (
    id             uuid PRIMARY KEY,
    plan_id        uuid          NOT NULL REFERENCES enf_file_review_plan (id) ON DELETE CASCADE,
    code           varchar(32)   NOT NULL,
    label          varchar(200)  NOT NULL,
    max_deduction  numeric(5, 1) NOT NULL CHECK (max_deduction > 0),
    sort           integer       NOT NULL,
    CONSTRAINT enf_fri_code_uq UNIQUE (plan_id, code)
);

CREATE TABLE enf_file_review (
    id                 uuid PRIMARY KEY,
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    created_by         varchar(100)  NOT NULL,
    updated_at         timestamptz   NOT NULL,
    updated_by         varchar(100)  NOT NULL,
    division_code      varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    plan_id            uuid          NOT NULL REFERENCES enf_file_review_plan (id),
    agency_id          uuid          NOT NULL REFERENCES enf_agency (id),
    action_id          uuid          NOT NULL REFERENCES enf_action (id),
    status             varchar(20)   NOT NULL CHECK (status IN ('SAMPLED', 'SCORED', 'RECTIFICATION_DUE', 'RECTIFIED', 'CLOSED')),
    reviewer_id        uuid REFERENCES enf_officer (id),
    scored_on          date,
    score              numeric(5, 1),
    grade              varchar(16) CHECK (grade IN ('EXCELLENT', 'PASS', 'FAIL')),
    notified_on        date,
    rectified_on       date,
    rectification_note varchar(2000),
    closed_on          date,
    CONSTRAINT enf_fr_action_uq UNIQUE (plan_id, action_id)
);
CREATE INDEX enf_fr_plan_idx ON enf_file_review (plan_id, agency_id);
CREATE INDEX enf_fr_division_idx ON enf_file_review (division_code, scored_on);
CREATE INDEX enf_fr_status_idx ON enf_file_review (status);

CREATE TABLE enf_file_review_deduction (
    file_review_id uuid          NOT NULL REFERENCES enf_file_review (id) ON DELETE CASCADE,
    item_code      varchar(32)   NOT NULL,
    points         numeric(5, 1) NOT NULL CHECK (points > 0),
    note           varchar(500),
    PRIMARY KEY (file_review_id, item_code)
);

-- 涉企检查 and the 白名单 of enterprises that need a higher approval.
CREATE TABLE enf_whitelist_enterprise (
    credit_code    varchar(18) PRIMARY KEY,
    name           varchar(200) NOT NULL,
    division_code  varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    listed_on      date NOT NULL
);
CREATE INDEX enf_wl_division_idx ON enf_whitelist_enterprise (division_code);

CREATE TABLE enf_inspection (
    id                     uuid PRIMARY KEY,
    version                bigint       NOT NULL DEFAULT 0,
    created_at             timestamptz  NOT NULL,
    created_by             varchar(100) NOT NULL,
    updated_at             timestamptz  NOT NULL,
    updated_by             varchar(100) NOT NULL,
    division_code          varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    lead_agency_id         uuid         NOT NULL REFERENCES enf_agency (id),
    joint_agency_ids       uuid[]       NOT NULL DEFAULT '{}',
    enterprise_name        varchar(200) NOT NULL,
    enterprise_credit_code varchar(18)  NOT NULL,
    inspection_year        integer      NOT NULL,
    yearly_count           integer      NOT NULL,
    over_cap               boolean      NOT NULL,
    white_listed           boolean      NOT NULL,
    legal_basis            varchar(500) NOT NULL,
    matters                varchar(1000) NOT NULL,
    requested_on           date         NOT NULL,
    planned_on             date         NOT NULL,
    status                 varchar(16)  NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'NOTIFIED', 'CHECKED_IN', 'COMPLETED', 'REJECTED')),
    approval_level         varchar(16) CHECK (approval_level IN ('UNIT', 'GOVERNMENT')),
    approved_by            varchar(100),
    approved_on            date,
    notice_on              date,
    checked_in_at          timestamptz,
    check_in_code          varchar(64),
    checked_in_officer_ids uuid[]       NOT NULL DEFAULT '{}',
    completed_on           date,
    findings               varchar(2000),
    CONSTRAINT enf_insp_dates_ck CHECK (planned_on >= requested_on)
);
CREATE INDEX enf_insp_enterprise_idx ON enf_inspection (enterprise_credit_code, inspection_year);
CREATE INDEX enf_insp_division_idx ON enf_inspection (division_code, planned_on);
CREATE INDEX enf_insp_agency_idx ON enf_inspection (lead_agency_id, planned_on);
CREATE INDEX enf_insp_status_idx ON enf_inspection (status);

-- 柔性执法: 免罚轻罚清单 items and lenient decisions (行政处罚法 Art 33).
CREATE TABLE enf_leniency_item (
    id             uuid PRIMARY KEY,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(100) NOT NULL,
    division_code  varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    agency_id      uuid REFERENCES enf_agency (id),
    list_kind      varchar(16)  NOT NULL CHECK (list_kind IN ('NO_PENALTY', 'LIGHTER_PENALTY')),
    matter         varchar(300) NOT NULL,
    legal_basis    varchar(500) NOT NULL,
    conditions     varchar(1000) NOT NULL,
    published_on   date         NOT NULL
);
CREATE INDEX enf_li_division_idx ON enf_leniency_item (division_code, list_kind);

CREATE TABLE enf_lenient_decision (
    id                 uuid PRIMARY KEY,
    version            bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL,
    created_by         varchar(100) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    updated_by         varchar(100) NOT NULL,
    division_code      varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    agency_id          uuid         NOT NULL REFERENCES enf_agency (id),
    leniency_item_id   uuid REFERENCES enf_leniency_item (id),
    kind               varchar(16)  NOT NULL CHECK (kind IN ('FIRST_OFFENCE', 'MINOR_NO_HARM', 'NO_FAULT')),
    party_name         varchar(200) NOT NULL,
    party_credit_code  varchar(18),
    violation          varchar(500) NOT NULL,
    decided_on         date         NOT NULL,
    corrected_on       date,
    education_given    boolean      NOT NULL CHECK (education_given),
    education_method   varchar(200) NOT NULL
);
CREATE INDEX enf_ld_division_idx ON enf_lenient_decision (division_code, decided_on);
CREATE INDEX enf_ld_agency_idx ON enf_lenient_decision (agency_id, decided_on);
CREATE INDEX enf_ld_kind_idx ON enf_lenient_decision (kind, decided_on);

-- 执法投诉 and the supervision documents they lead to.
CREATE TABLE enf_complaint (
    id                   uuid PRIMARY KEY,
    version              bigint       NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL,
    created_by           varchar(100) NOT NULL,
    updated_at           timestamptz  NOT NULL,
    updated_by           varchar(100) NOT NULL,
    division_code        varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    agency_id            uuid         NOT NULL REFERENCES enf_agency (id),
    complainant_name     varchar(100) NOT NULL,
    complainant_phone    varchar(20),
    summary              varchar(2000) NOT NULL,
    received_on          date         NOT NULL,
    status               varchar(16)  NOT NULL CHECK (status IN ('RECEIVED', 'INVESTIGATING', 'RECTIFYING', 'REPORTED', 'CLOSED')),
    assignee             varchar(100),
    investigation_started_on date,
    finding              varchar(2000),
    document_type        varchar(24) CHECK (document_type IN ('REMINDER_LETTER', 'SUPERVISION_OPINION', 'SUPERVISION_DECISION')),
    document_no          varchar(60),
    document_issued_on   date,
    rectification_report varchar(2000),
    reported_on          date,
    outcome              varchar(16) CHECK (outcome IN ('RECTIFIED', 'UNFOUNDED')),
    closed_on            date
);
CREATE INDEX enf_cmp_division_idx ON enf_complaint (division_code, received_on);
CREATE INDEX enf_cmp_agency_idx ON enf_complaint (agency_id, received_on);
CREATE INDEX enf_cmp_status_idx ON enf_complaint (status, received_on);

-- 行政规范性文件 备案审查.
CREATE TABLE enf_normative_document (
    id                 uuid PRIMARY KEY,
    version            bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL,
    created_by         varchar(100) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    updated_by         varchar(100) NOT NULL,
    division_code      varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    title              varchar(200) NOT NULL,
    document_no        varchar(60)  NOT NULL,
    issuing_body       varchar(100) NOT NULL,
    published_on       date         NOT NULL,
    filed_on           date         NOT NULL,
    filed_late         boolean      NOT NULL,
    status             varchar(20)  NOT NULL CHECK (status IN ('FILED', 'NO_ISSUE', 'CORRECTION_REQUIRED', 'CORRECTED_REPORTED')),
    reviewed_on        date,
    review_opinion     varchar(2000),
    corrected_on       date,
    correction_note    varchar(2000),
    CONSTRAINT enf_nd_dates_ck CHECK (filed_on >= published_on),
    CONSTRAINT enf_nd_no_uq UNIQUE (division_code, document_no)
);
CREATE INDEX enf_nd_division_idx ON enf_normative_document (division_code, filed_on);
CREATE INDEX enf_nd_status_idx ON enf_normative_document (status, filed_on);

-- 合法性审查: major administrative decisions, government contracts (with amount), meeting agenda items.
CREATE TABLE enf_legality_review (
    id               uuid PRIMARY KEY,
    version          bigint       NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL,
    created_by       varchar(100) NOT NULL,
    updated_at       timestamptz  NOT NULL,
    updated_by       varchar(100) NOT NULL,
    division_code    varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    subject_type     varchar(16)  NOT NULL CHECK (subject_type IN ('MAJOR_DECISION', 'CONTRACT', 'MEETING_AGENDA')),
    title            varchar(200) NOT NULL,
    requesting_unit  varchar(100) NOT NULL,
    amount           numeric(18, 2) CHECK (amount >= 0),
    meeting_on       date,
    received_on      date         NOT NULL,
    status           varchar(16)  NOT NULL CHECK (status IN ('RECEIVED', 'OPINION_GIVEN', 'CLOSED')),
    opinion          varchar(16) CHECK (opinion IN ('LAWFUL', 'AMEND', 'UNLAWFUL')),
    opinion_text     varchar(2000),
    opinion_on       date,
    adopted          boolean,
    adoption_on      date,
    CONSTRAINT enf_lr_contract_amount_ck CHECK (subject_type <> 'CONTRACT' OR amount IS NOT NULL)
);
CREATE INDEX enf_lr_division_idx ON enf_legality_review (division_code, received_on);
CREATE INDEX enf_lr_type_idx ON enf_legality_review (subject_type, received_on);
CREATE INDEX enf_lr_status_idx ON enf_legality_review (status);

-- Envers history tables: every column of the audited table (nullable), plus rev and revtype.
DO $$
DECLARE
    t    text;
    cols text;
BEGIN
    FOREACH t IN ARRAY ARRAY['enf_agency', 'enf_officer', 'enf_major_decision_review', 'enf_penalty_filing',
                             'enf_file_review_plan', 'enf_file_review', 'enf_inspection', 'enf_leniency_item',
                             'enf_lenient_decision', 'enf_complaint', 'enf_normative_document', 'enf_legality_review']
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
