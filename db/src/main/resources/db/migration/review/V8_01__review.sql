-- 行政复议 (rv_reconsideration) and 行政应诉 (rv_litigation): STATUTES.md §1 and §2.
-- Due dates are not stored here: they live in core_deadline (rules in V8_02).

CREATE TABLE rv_reconsideration (
    id                      uuid PRIMARY KEY,
    version                 bigint        NOT NULL DEFAULT 0,
    created_at              timestamptz   NOT NULL,
    created_by              varchar(100)  NOT NULL,
    updated_at              timestamptz   NOT NULL,
    updated_by              varchar(100)  NOT NULL,
    division_code           varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    assignee                varchar(100),
    applicants              varchar(1000) NOT NULL,
    third_parties           varchar(1000),
    respondent_name         varchar(200)  NOT NULL,
    respondent_credit_code  varchar(18),
    act_category            varchar(24)   NOT NULL CHECK (act_category IN ('PENALTY', 'COERCION', 'LICENSING',
                                'RESOURCE_TITLE', 'EXPROPRIATION', 'COMPENSATION_DECISION', 'WORK_INJURY',
                                'OPERATING_AUTONOMY', 'ANTI_COMPETITION', 'ILLEGAL_LEVY', 'NON_PERFORMANCE',
                                'SOCIAL_BENEFIT', 'ADMIN_AGREEMENT', 'GOV_INFO', 'OTHER')),
    act_description         varchar(2000) NOT NULL,
    act_date                date,
    knew_on                 date          NOT NULL,
    received_on             date          NOT NULL,
    requests                varchar(2000) NOT NULL,
    amount_involved         numeric(14, 2) CHECK (amount_involved IS NULL OR amount_involved >= 0),
    channel                 varchar(16)   NOT NULL CHECK (channel IN ('WRITTEN', 'ONLINE', 'ORAL', 'VIA_AGENCY')),
    late                    boolean       NOT NULL DEFAULT false,
    late_reason             varchar(300),
    status                  varchar(24)   NOT NULL CHECK (status IN ('RECEIVED', 'CORRECTION_REQUESTED', 'ACCEPTED',
                                'COPY_SENT', 'UNDER_REVIEW', 'SUSPENDED', 'DECIDED', 'SERVED', 'FINAL', 'LITIGATED',
                                'NOT_ACCEPTED', 'ABANDONED', 'TERMINATED', 'MEDIATED')),
    last_step_on            date          NOT NULL,
    review_procedure        varchar(8)    CHECK (review_procedure IN ('ORDINARY', 'SIMPLE')),
    simple_ground           varchar(24)   CHECK (simple_ground IN ('ON_THE_SPOT_ACT', 'WARNING_OR_CRITICISM',
                                'SMALL_AMOUNT', 'GOV_INFO', 'PARTIES_AGREE')),
    accepted_on             date,
    acceptance_reason       varchar(1000),
    competent_body          varchar(200),
    correction_requested_on date,
    correction_days         integer       NOT NULL DEFAULT 0,
    copy_sent_on            date,
    replied_on              date,
    no_reply                boolean       NOT NULL DEFAULT false,
    hearing_count           integer       NOT NULL DEFAULT 0,
    last_hearing_on         date,
    committee_consulted     boolean       NOT NULL DEFAULT false,
    committee_opinion       varchar(2000),
    extension_days          integer       NOT NULL DEFAULT 0 CHECK (extension_days BETWEEN 0 AND 30),
    extension_approved_by   varchar(100),
    suspended_on            date,
    suspension_ground       varchar(24)   CHECK (suspension_ground IN ('APPLICANT_DIED', 'LOST_CAPACITY',
                                'ENTITY_TERMINATED', 'ABSENT_DECLARED', 'FORCE_MAJEURE', 'AGREED_MEDIATION',
                                'PENDING_RELATED_CASE', 'NORMATIVE_REVIEW', 'PENDING_INTERPRETATION', 'OTHER')),
    resume_to               varchar(24),
    paused_days             integer       NOT NULL DEFAULT 0,
    outcome                 varchar(24)   CHECK (outcome IN ('CHANGE', 'REVOKE', 'PARTIAL_REVOKE', 'CONFIRM_ILLEGAL',
                                'ORDER_PERFORMANCE', 'CONFIRM_INVALID', 'UPHOLD', 'REJECT_CLAIM', 'AGREEMENT_LIABILITY',
                                'COMPENSATION_REJECTED', 'COMPENSATION_ORDERED', 'RESTITUTION_ORDERED', 'NOT_ACCEPTED',
                                'APPLICATION_DISMISSED', 'TERMINATED', 'MEDIATED', 'WITHDRAWN', 'ABANDONED')),
    approval_mode           varchar(12)   CHECK (approval_mode IN ('HEAD', 'COLLECTIVE')),
    approved_by             varchar(100),
    concluded_on            date,
    served_on               date,
    final_on                date,
    converted_by            varchar(100),
    advice_agency           varchar(200),
    advice_content          varchar(2000),
    advice_issued_on        date,
    correction_reported_on  date,
    correction_report       varchar(2000),
    follow_up_on            date,
    follow_up_note          varchar(2000)
);
CREATE INDEX rv_recon_division_idx ON rv_reconsideration (division_code, received_on);
CREATE INDEX rv_recon_status_idx ON rv_reconsideration (status, received_on);
CREATE INDEX rv_recon_assignee_idx ON rv_reconsideration (assignee, received_on);
CREATE INDEX rv_recon_concluded_idx ON rv_reconsideration (division_code, concluded_on);
CREATE INDEX rv_recon_category_idx ON rv_reconsideration (act_category, received_on);

CREATE TABLE rv_litigation (
    id                          uuid PRIMARY KEY,
    version                     bigint        NOT NULL DEFAULT 0,
    created_at                  timestamptz   NOT NULL,
    created_by                  varchar(100)  NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    updated_by                  varchar(100)  NOT NULL,
    division_code               varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    assignee                    varchar(100),
    court                       varchar(200)  NOT NULL,
    court_case_no               varchar(100)  NOT NULL,
    instance                    varchar(8)    NOT NULL CHECK (instance IN ('FIRST', 'SECOND', 'RETRIAL')),
    plaintiff                   varchar(500)  NOT NULL,
    defendant_agencies          varchar(1000) NOT NULL,
    related_reconsideration_id  uuid REFERENCES rv_reconsideration (id),
    act_category                varchar(24)   NOT NULL CHECK (act_category IN ('PENALTY', 'COERCION', 'LICENSING',
                                    'RESOURCE_TITLE', 'EXPROPRIATION', 'COMPENSATION_DECISION', 'WORK_INJURY',
                                    'OPERATING_AUTONOMY', 'ANTI_COMPETITION', 'ILLEGAL_LEVY', 'NON_PERFORMANCE',
                                    'SOCIAL_BENEFIT', 'ADMIN_AGREEMENT', 'GOV_INFO', 'OTHER')),
    summons_received_on         date          NOT NULL,
    status                      varchar(20)   NOT NULL CHECK (status IN ('SUMMONS_RECEIVED', 'DEFENCE_FILED', 'HEARD',
                                    'JUDGED', 'APPEALED', 'EFFECTIVE')),
    last_step_on                date          NOT NULL,
    defence_filed_on            date,
    evidence_filed              boolean       NOT NULL DEFAULT false,
    normative_documents_filed   boolean       NOT NULL DEFAULT false,
    hearing_count               integer       NOT NULL DEFAULT 0,
    last_hearing_on             date,
    head_appeared               boolean       NOT NULL DEFAULT false,
    appearance_role             varchar(16)   CHECK (appearance_role IN ('PRINCIPAL_HEAD', 'DEPUTY_HEAD', 'HEAD_IN_CHARGE', 'STAFF')),
    appeared_name               varchar(100),
    absence_reason              varchar(20)   CHECK (absence_reason IN ('FORCE_MAJEURE', 'ACCIDENT', 'IRREPLACEABLE_DUTY', 'OTHER_JUSTIFIED')),
    absence_proof_filed         boolean,
    head_spoke                  boolean,
    court_required_head         boolean       NOT NULL DEFAULT false,
    ruling_kind                 varchar(8)    CHECK (ruling_kind IN ('JUDGMENT', 'RULING')),
    outcome                     varchar(24)   CHECK (outcome IN ('REJECT', 'REVOKE', 'PERFORM', 'PAY', 'CONFIRM_ILLEGAL',
                                    'CONFIRM_INVALID', 'CHANGE', 'AGREEMENT', 'NOT_REGISTERED', 'SUIT_DISMISSED',
                                    'WITHDRAWAL_ALLOWED')),
    judged_on                   date,
    judgment_received_on        date,
    appealed_on                 date,
    effective_on                date
);

-- 败诉责任追究: one row per person held accountable after a lost case.
CREATE TABLE rv_accountability (
    id             uuid PRIMARY KEY,
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(100)  NOT NULL,
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(100)  NOT NULL,
    division_code  varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    litigation_id  uuid          NOT NULL REFERENCES rv_litigation (id),
    person         varchar(100)  NOT NULL,
    position       varchar(100),
    measure        varchar(20)   NOT NULL CHECK (measure IN ('DISMISSAL', 'DEMOTION', 'DEMERIT', 'ADMONISHMENT',
                       'REMINDER_TALK', 'CRITICISM', 'OTHER')),
    decided_on     date          NOT NULL,
    note           varchar(1000)
);
CREATE INDEX rv_accountability_litigation_idx ON rv_accountability (litigation_id);
CREATE INDEX rv_accountability_division_idx ON rv_accountability (division_code, decided_on);
CREATE INDEX rv_lit_division_idx ON rv_litigation (division_code, summons_received_on);
CREATE INDEX rv_lit_status_idx ON rv_litigation (status, summons_received_on);
CREATE INDEX rv_lit_assignee_idx ON rv_litigation (assignee, summons_received_on);
CREATE INDEX rv_lit_judged_idx ON rv_litigation (division_code, judged_on);
CREATE INDEX rv_lit_reconsideration_idx ON rv_litigation (related_reconsideration_id);

-- Envers history (revision table core_revision; suffix _aud from sifa-core.properties): the columns of each table.
DO $$
DECLARE
    t    text;
    cols text;
BEGIN
    FOREACH t IN ARRAY ARRAY['rv_reconsideration', 'rv_litigation']
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
