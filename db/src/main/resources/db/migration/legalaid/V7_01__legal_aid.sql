-- 法律援助 (法律援助法, STATUTES.md §3): providers roster, applications and their review, legal-aid cases (granted
-- applications, aid before the decision, notified criminal cases), service records. Due dates live in core_deadline.

-- 法律援助人员名册: lawyers, grassroots legal service workers and volunteers (Art 12, 16, 17).
CREATE TABLE la_provider (
    id                      uuid PRIMARY KEY,
    version                 bigint       NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL,
    created_by              varchar(100) NOT NULL,
    updated_at              timestamptz  NOT NULL,
    updated_by              varchar(100) NOT NULL,
    division_code           varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    name                    varchar(100) NOT NULL,
    kind                    varchar(20)  NOT NULL CHECK (kind IN ('LAWYER', 'GRASSROOTS_WORKER', 'VOLUNTEER')),
    firm                    varchar(200),
    licence_no              varchar(60),
    phone                   varchar(20),
    criminal_practice_since date,
    active                  boolean      NOT NULL DEFAULT true
);
CREATE INDEX la_provider_division_idx ON la_provider (division_code, name);
CREATE UNIQUE INDEX la_provider_licence_uq ON la_provider (division_code, licence_no) WHERE licence_no IS NOT NULL;

-- 法律援助申请 and its review (Arts 41–44, 49).
CREATE TABLE la_application (
    id                      uuid PRIMARY KEY,
    version                 bigint       NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL,
    created_by              varchar(100) NOT NULL,
    updated_at              timestamptz  NOT NULL,
    updated_by              varchar(100) NOT NULL,
    division_code           varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    application_no          varchar(60)  NOT NULL,
    handler                 varchar(100),
    applicant_name          varchar(100) NOT NULL,
    applicant_id_number     varchar(18)  NOT NULL,
    applicant_phone         varchar(20),
    applicant_address       varchar(200),
    agent_name              varchar(100),
    agent_relation          varchar(20) CHECK (agent_relation IN ('AGENT', 'GUARDIAN')),
    category                varchar(24)  NOT NULL CHECK (category IN ('CIVIL', 'CRIMINAL', 'ADMINISTRATIVE', 'STATE_COMPENSATION', 'NON_LITIGATION')),
    matter                  varchar(32)  NOT NULL CHECK (matter IN ('STATE_COMPENSATION', 'SOCIAL_INSURANCE_ASSISTANCE', 'PENSION',
                                'MAINTENANCE', 'LABOUR_RELATION', 'LABOUR_REMUNERATION', 'CIVIL_CAPACITY', 'WORK_INJURY',
                                'TRAFFIC_INJURY', 'FOOD_DRUG_INJURY', 'MEDICAL_INJURY', 'ENVIRONMENTAL_DAMAGE',
                                'CRIMINAL_DEFENCE', 'CRIMINAL_VICTIM', 'APPEAL_RETRIAL', 'OTHER')),
    aid_form                varchar(32)  NOT NULL CHECK (aid_form IN ('CONSULTATION', 'DOCUMENT_DRAFTING', 'CRIMINAL_DEFENCE_AGENCY',
                                'CIVIL_ADMIN_STATE_COMP_AGENCY', 'DUTY_LAWYER_HELP', 'LABOR_ARBITRATION_AGENCY', 'OTHER')),
    special_groups          varchar(200) NOT NULL DEFAULT '',
    channel                 varchar(16)  NOT NULL CHECK (channel IN ('WINDOW', 'ONLINE', 'HOTLINE_12348', 'HOME_VISIT', 'CROSS_REGION')),
    economic_status         varchar(24)  NOT NULL CHECK (economic_status IN ('COMMITMENT', 'VERIFIED', 'VERIFICATION_EXEMPT', 'CONDITION_WAIVED')),
    received_on             date         NOT NULL,
    summary                 varchar(2000) NOT NULL,
    missing_materials       varchar(2000),
    status                  varchar(20)  NOT NULL CHECK (status IN ('UNDER_REVIEW', 'AWAITING_MATERIALS', 'PRE_PROVIDED', 'GRANTED',
                                'REFUSED', 'OBJECTION_FILED', 'UPHELD', 'DEEMED_WITHDRAWN')),
    last_step_on            date         NOT NULL,
    supplement_requested_on date,
    requested_materials     varchar(2000),
    materials_supplied_on   date,
    pre_provision_ground    varchar(24) CHECK (pre_provision_ground IN ('LIMITATION_NEAR', 'URGENT_PRESERVATION')),
    pre_provided_on         date,
    decided_on              date,
    granted                 boolean,
    decision_reason         varchar(2000),
    objection_filed_on      date,
    objection_reason        varchar(2000),
    objection_result        varchar(20) CHECK (objection_result IN ('UPHOLD', 'ORDER_CORRECTION')),
    objection_decided_on    date,
    withdrawn_on            date,
    case_id                 uuid,
    CONSTRAINT la_application_no_uq UNIQUE (application_no)
);
CREATE INDEX la_app_division_idx ON la_application (division_code, received_on);
CREATE INDEX la_app_status_idx ON la_application (status, received_on);
CREATE INDEX la_app_handler_idx ON la_application (handler, received_on);
CREATE INDEX la_app_category_idx ON la_application (category, matter);

-- 法律援助案件: opened by a grant (Art 43), aid before the decision (Art 44) or a notification (Arts 25, 28, 36).
CREATE TABLE la_case (
    id                      uuid PRIMARY KEY,
    version                 bigint       NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL,
    created_by              varchar(100) NOT NULL,
    updated_at              timestamptz  NOT NULL,
    updated_by              varchar(100) NOT NULL,
    division_code           varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    case_no                 varchar(60)  NOT NULL,
    handler                 varchar(100),
    source                  varchar(16)  NOT NULL CHECK (source IN ('APPLICATION', 'PRE_PROVISION', 'NOTIFICATION')),
    application_id          uuid REFERENCES la_application (id),
    client_name             varchar(100) NOT NULL,
    client_id_number        varchar(18),
    client_phone            varchar(20),
    category                varchar(24)  NOT NULL CHECK (category IN ('CIVIL', 'CRIMINAL', 'ADMINISTRATIVE', 'STATE_COMPENSATION', 'NON_LITIGATION')),
    matter                  varchar(32)  NOT NULL,
    aid_form                varchar(32)  NOT NULL,
    special_groups          varchar(200) NOT NULL DEFAULT '',
    notifier                varchar(20) CHECK (notifier IN ('COURT', 'PROCURATORATE', 'PUBLIC_SECURITY')),
    notifier_name           varchar(200),
    notification_ground     varchar(24) CHECK (notification_ground IN ('MINOR', 'DISABLED_SENSORY', 'DIMINISHED_CAPACITY',
                                'LIFE_OR_DEATH', 'DEATH_REVIEW', 'IN_ABSENTIA', 'COMPULSORY_MEDICAL', 'OTHER_ORDINARY')),
    charge                  varchar(200),
    opened_on               date         NOT NULL,
    status                  varchar(20)  NOT NULL CHECK (status IN ('AWAITING_ASSIGNMENT', 'ASSIGNED', 'IN_SERVICE', 'TERMINATED', 'CLOSED')),
    last_step_on            date         NOT NULL,
    provider_id             uuid REFERENCES la_provider (id),
    chosen_by_applicant     boolean,
    assigned_on             date,
    notifier_informed_on    date,
    termination_ground      varchar(32) CHECK (termination_ground IN ('FRAUD', 'CONCEALMENT_FALSE_EVIDENCE', 'ILLEGAL_USE',
                                'NO_LONGER_ELIGIBLE', 'CASE_ENDED', 'SELF_RETAINED_COUNSEL', 'CLIENT_REQUEST', 'OTHER')),
    terminated_on           date,
    result                  varchar(2000),
    recovered_amount        numeric(14, 2) CHECK (recovered_amount >= 0),
    closed_on               date,
    CONSTRAINT la_case_no_uq UNIQUE (case_no),
    CONSTRAINT la_case_notification_ck CHECK ((source = 'NOTIFICATION') = (notifier IS NOT NULL AND notification_ground IS NOT NULL))
);
CREATE INDEX la_case_division_idx ON la_case (division_code, opened_on);
CREATE INDEX la_case_status_idx ON la_case (status, opened_on);
CREATE INDEX la_case_handler_idx ON la_case (handler, opened_on);
CREATE INDEX la_case_provider_idx ON la_case (provider_id);
CREATE INDEX la_case_application_idx ON la_case (application_id);
CREATE INDEX la_case_closed_idx ON la_case (division_code, closed_on);
ALTER TABLE la_application ADD CONSTRAINT la_application_case_fk FOREIGN KEY (case_id) REFERENCES la_case (id);

-- Service records of a case (会见、阅卷、调查取证、出庭…), written with a history row each.
CREATE TABLE la_case_service_record (
    case_id      uuid         NOT NULL REFERENCES la_case (id),
    position     integer      NOT NULL,
    served_on    date         NOT NULL,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('MEETING', 'FILE_REVIEW', 'INVESTIGATION', 'HEARING', 'MEDIATION', 'DOCUMENT', 'OTHER')),
    content      varchar(2000) NOT NULL,
    PRIMARY KEY (case_id, position)
);

-- Envers history tables: every column of the audited table (nullable), plus rev and revtype.
DO $$
DECLARE
    t    text;
    cols text;
BEGIN
    FOREACH t IN ARRAY ARRAY['la_provider', 'la_application', 'la_case']
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
