-- People's mediation (人民调解法): committees, mediators, studios, screenings, cases with their parties,
-- sessions and follow-ups, expert requests and incentive rules. Code columns carry CHECK constraints that
-- list the Java enums' values; every list and statistics filter has an index.

-- Columns every record has (cn.sifa.core.jpa.AuditedEntity + DivisionScopedEntity).
-- id, version, created_at/by, updated_at/by, division_code

CREATE TABLE med_committee (
    id              uuid PRIMARY KEY,
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(100) NOT NULL,
    division_code   varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    name            varchar(100) NOT NULL,
    type            varchar(32)  NOT NULL CHECK (type IN ('VILLAGE', 'RESIDENTS', 'ENTERPRISE_INSTITUTION', 'TOWNSHIP_STREET', 'INDUSTRY_PROFESSIONAL')),
    organization_id uuid,
    address         varchar(200),
    phone           varchar(30),
    established_on  date,
    term_start_on   date         NOT NULL,
    term_ends_on    date         NOT NULL,
    active          boolean      NOT NULL DEFAULT true,
    CHECK (term_ends_on > term_start_on)
);
CREATE INDEX med_committee_division_idx ON med_committee (division_code, name);
CREATE INDEX med_committee_type_idx ON med_committee (type);
CREATE INDEX med_committee_term_idx ON med_committee (term_ends_on);

CREATE TABLE med_mediator (
    id              uuid PRIMARY KEY,
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(100) NOT NULL,
    division_code   varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    committee_id    uuid REFERENCES med_committee (id),
    name            varchar(50)  NOT NULL,
    gender          varchar(8)   NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    id_number       varchar(18),
    phone           varchar(30),
    username        varchar(100),
    employment      varchar(16)  NOT NULL CHECK (employment IN ('FULL_TIME', 'PART_TIME')),
    grade           varchar(16)  NOT NULL CHECK (grade IN ('CHIEF', 'SENIOR', 'INTERMEDIATE', 'JUNIOR', 'UNRATED')),
    profession      varchar(100),
    in_expert_pool  boolean      NOT NULL DEFAULT false,
    appointed_on    date,
    active          boolean      NOT NULL DEFAULT true
);
CREATE INDEX med_mediator_division_idx ON med_mediator (division_code, name);
CREATE INDEX med_mediator_committee_idx ON med_mediator (committee_id);
CREATE INDEX med_mediator_username_idx ON med_mediator (username);
CREATE INDEX med_mediator_expert_idx ON med_mediator (in_expert_pool) WHERE in_expert_pool;

CREATE TABLE med_mediator_specialty (
    mediator_id uuid        NOT NULL REFERENCES med_mediator (id) ON DELETE CASCADE,
    specialty   varchar(32) NOT NULL CHECK (specialty IN ('MARRIAGE_FAMILY', 'NEIGHBOUR', 'HOUSING_HOMESTEAD', 'CONTRACT', 'BUSINESS_OPERATION', 'DAMAGES', 'FOREST_LAND', 'LAND_ACQUISITION', 'ENVIRONMENT', 'LABOUR', 'CONSUMER', 'MEDICAL', 'TRAFFIC_ACCIDENT', 'PROPERTY_MGMT', 'VILLAGE_AFFAIRS', 'INTELLECTUAL_PROPERTY', 'OTHER')),
    PRIMARY KEY (mediator_id, specialty)
);
CREATE INDEX med_mediator_specialty_idx ON med_mediator_specialty (specialty);

CREATE TABLE med_committee_member (
    committee_id    uuid        NOT NULL REFERENCES med_committee (id) ON DELETE CASCADE,
    sort_order      integer     NOT NULL,
    name            varchar(50) NOT NULL,
    gender          varchar(8)  NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    office          varchar(16) NOT NULL CHECK (office IN ('DIRECTOR', 'DEPUTY_DIRECTOR', 'MEMBER')),
    ethnic_minority boolean     NOT NULL DEFAULT false,
    mediator_id     uuid REFERENCES med_mediator (id),
    PRIMARY KEY (committee_id, sort_order)
);

CREATE TABLE med_studio (
    id             uuid PRIMARY KEY,
    version        bigint       NOT NULL,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(100) NOT NULL,
    division_code  varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    name           varchar(100) NOT NULL,
    kind           varchar(16)  NOT NULL CHECK (kind IN ('BRAND_ROOM', 'PERSONAL_STUDIO')),
    committee_id   uuid REFERENCES med_committee (id),
    lead_mediator_id uuid REFERENCES med_mediator (id),
    established_on date,
    description    varchar(1000)
);
CREATE INDEX med_studio_division_idx ON med_studio (division_code, name);

CREATE TABLE med_studio_honour (
    studio_id  uuid         NOT NULL REFERENCES med_studio (id) ON DELETE CASCADE,
    sort_order integer      NOT NULL,
    title      varchar(100) NOT NULL,
    level      varchar(16)  NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY')),
    awarded_on date         NOT NULL,
    awarded_by varchar(100),
    PRIMARY KEY (studio_id, sort_order)
);

CREATE TABLE med_screening (
    id              uuid PRIMARY KEY,
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(100) NOT NULL,
    division_code   varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    committee_id    uuid REFERENCES med_committee (id),
    mediator_id     uuid REFERENCES med_mediator (id),
    screened_on     date          NOT NULL,
    place           varchar(200)  NOT NULL,
    dispute_type    varchar(32)   NOT NULL CHECK (dispute_type IN ('MARRIAGE_FAMILY', 'NEIGHBOUR', 'HOUSING_HOMESTEAD', 'CONTRACT', 'BUSINESS_OPERATION', 'DAMAGES', 'FOREST_LAND', 'LAND_ACQUISITION', 'ENVIRONMENT', 'LABOUR', 'CONSUMER', 'MEDICAL', 'TRAFFIC_ACCIDENT', 'PROPERTY_MGMT', 'VILLAGE_AFFAIRS', 'INTELLECTUAL_PROPERTY', 'OTHER')),
    summary         varchar(2000) NOT NULL,
    risk_level      varchar(8)    NOT NULL CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    escalation_risk boolean       NOT NULL DEFAULT false,
    measures        varchar(1000),
    status          varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'CONVERTED', 'RESOLVED')),
    case_id         uuid,
    resolved_on     date
);
CREATE INDEX med_screening_division_idx ON med_screening (division_code, screened_on);
CREATE INDEX med_screening_status_idx ON med_screening (status);
CREATE INDEX med_screening_risk_idx ON med_screening (risk_level);
CREATE INDEX med_screening_escalation_idx ON med_screening (division_code, screened_on) WHERE escalation_risk;

CREATE TABLE med_screening_party (
    screening_id uuid         NOT NULL REFERENCES med_screening (id) ON DELETE CASCADE,
    sort_order   integer      NOT NULL,
    role         varchar(16)  NOT NULL CHECK (role IN ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY')),
    kind         varchar(16)  NOT NULL CHECK (kind IN ('PERSON', 'ORGANIZATION')),
    name         varchar(100) NOT NULL,
    id_number    varchar(18),
    credit_code  varchar(18),
    phone        varchar(30),
    PRIMARY KEY (screening_id, sort_order)
);

CREATE TABLE med_case (
    id                     uuid PRIMARY KEY,
    version                bigint        NOT NULL,
    created_at             timestamptz   NOT NULL,
    created_by             varchar(100)  NOT NULL,
    updated_at             timestamptz   NOT NULL,
    updated_by             varchar(100)  NOT NULL,
    division_code          varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    case_no                varchar(60)   NOT NULL UNIQUE,
    committee_id           uuid REFERENCES med_committee (id),
    screening_id           uuid REFERENCES med_screening (id),
    organization_id        uuid,
    assignee               varchar(100),
    source                 varchar(32)   NOT NULL CHECK (source IN ('PARTY_APPLICATION', 'PROACTIVE', 'COURT_REFERRAL', 'POLICE_REFERRAL', 'PETITION_REFERRAL', 'TRAFFIC_POLICE_REFERRAL', 'OTHER_AGENCY_REFERRAL')),
    dispute_type           varchar(32)   NOT NULL CHECK (dispute_type IN ('MARRIAGE_FAMILY', 'NEIGHBOUR', 'HOUSING_HOMESTEAD', 'CONTRACT', 'BUSINESS_OPERATION', 'DAMAGES', 'FOREST_LAND', 'LAND_ACQUISITION', 'ENVIRONMENT', 'LABOUR', 'CONSUMER', 'MEDICAL', 'TRAFFIC_ACCIDENT', 'PROPERTY_MGMT', 'VILLAGE_AFFAIRS', 'INTELLECTUAL_PROPERTY', 'OTHER')),
    difficulty             varchar(16)   NOT NULL CHECK (difficulty IN ('SIMPLE', 'ORDINARY', 'DIFFICULT', 'MAJOR')),
    summary                varchar(2000) NOT NULL,
    amount_involved        numeric(14, 2) CHECK (amount_involved >= 0),
    received_on            date          NOT NULL,
    status                 varchar(24)   NOT NULL CHECK (status IN ('REGISTERED', 'ACCEPTED', 'DECLINED', 'MEDIATING', 'AGREEMENT_REACHED', 'FAILED', 'ARCHIVED')),
    last_step_on           date          NOT NULL,
    next_due_on            date,
    accepted_on            date,
    declined_on            date,
    decline_reason_code    varchar(32) CHECK (decline_reason_code IN ('PARTY_REFUSED', 'RESERVED_TO_OTHER_BODY', 'NOT_MEDIABLE', 'ALREADY_HANDLED_ELSEWHERE', 'OTHER')),
    decline_reason         varchar(1000),
    routes_told            varchar(300),
    mediating_since        date,
    session_count          integer       NOT NULL DEFAULT 0,
    escalation_risk        boolean       NOT NULL DEFAULT false,
    police_reported_on     date,
    police_station         varchar(100),
    escalation_measures    varchar(1000),
    agreement_form         varchar(16) CHECK (agreement_form IN ('WRITTEN', 'ORAL')),
    agreement_terms        varchar(4000),
    agreement_amount       numeric(14, 2) CHECK (agreement_amount >= 0),
    agreement_effective_on date,
    agreement_perform_by   date,
    failed_on              date,
    fail_reason            varchar(1000),
    performance_result     varchar(16) CHECK (performance_result IN ('PERFORMED', 'BREACHED')),
    performance_checked_on date,
    performance_note       varchar(1000),
    jc_applied_on          date,
    jc_court               varchar(100),
    jc_result              varchar(16) CHECK (jc_result IN ('CONFIRMED', 'REJECTED')),
    jc_decided_on          date,
    follow_up_count        integer       NOT NULL DEFAULT 0,
    archived_on            date,
    archive_note           varchar(500),
    CHECK (accepted_on IS NULL OR accepted_on >= received_on),
    CHECK (declined_on IS NULL OR declined_on >= received_on),
    CHECK (agreement_effective_on IS NULL OR agreement_effective_on >= received_on),
    CHECK (failed_on IS NULL OR failed_on >= received_on)
);
CREATE INDEX med_case_received_idx ON med_case (division_code, received_on);
CREATE INDEX med_case_agreement_idx ON med_case (division_code, agreement_effective_on) WHERE agreement_effective_on IS NOT NULL;
CREATE INDEX med_case_failed_idx ON med_case (division_code, failed_on) WHERE failed_on IS NOT NULL;
CREATE INDEX med_case_accepted_idx ON med_case (division_code, accepted_on) WHERE accepted_on IS NOT NULL;
CREATE INDEX med_case_status_idx ON med_case (status, division_code);
CREATE INDEX med_case_type_idx ON med_case (dispute_type);
CREATE INDEX med_case_source_idx ON med_case (source);
CREATE INDEX med_case_committee_idx ON med_case (committee_id);
CREATE INDEX med_case_due_idx ON med_case (next_due_on) WHERE next_due_on IS NOT NULL;
CREATE INDEX med_case_assignee_idx ON med_case (assignee);
CREATE INDEX med_case_org_idx ON med_case (organization_id);

ALTER TABLE med_screening ADD CONSTRAINT med_screening_case_fk FOREIGN KEY (case_id) REFERENCES med_case (id);

CREATE TABLE med_case_party (
    id          uuid PRIMARY KEY,
    case_id     uuid         NOT NULL REFERENCES med_case (id) ON DELETE CASCADE,
    sort_order  integer      NOT NULL,
    role        varchar(16)  NOT NULL CHECK (role IN ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY')),
    kind        varchar(16)  NOT NULL CHECK (kind IN ('PERSON', 'ORGANIZATION')),
    name        varchar(100) NOT NULL,
    id_number   varchar(18),
    credit_code varchar(18),
    phone       varchar(30),
    UNIQUE (case_id, sort_order)
);
CREATE INDEX med_case_party_name_idx ON med_case_party (name);

CREATE TABLE med_case_mediator (
    case_id     uuid NOT NULL REFERENCES med_case (id) ON DELETE CASCADE,
    mediator_id uuid NOT NULL REFERENCES med_mediator (id),
    PRIMARY KEY (case_id, mediator_id)
);
CREATE INDEX med_case_mediator_mediator_idx ON med_case_mediator (mediator_id);

CREATE TABLE med_case_session (
    id                  uuid PRIMARY KEY,
    case_id             uuid          NOT NULL REFERENCES med_case (id) ON DELETE CASCADE,
    held_on             date          NOT NULL,
    place               varchar(200)  NOT NULL,
    notes               varchar(4000) NOT NULL,
    public_session      boolean       NOT NULL DEFAULT false,
    invitees_consented  boolean       NOT NULL DEFAULT false
);
CREATE INDEX med_case_session_case_idx ON med_case_session (case_id, held_on);

CREATE TABLE med_case_session_mediator (
    session_id  uuid NOT NULL REFERENCES med_case_session (id) ON DELETE CASCADE,
    mediator_id uuid NOT NULL REFERENCES med_mediator (id),
    PRIMARY KEY (session_id, mediator_id)
);

CREATE TABLE med_case_session_attendee (
    session_id uuid         NOT NULL REFERENCES med_case_session (id) ON DELETE CASCADE,
    name       varchar(100) NOT NULL,
    kind       varchar(16)  NOT NULL CHECK (kind IN ('PARTY', 'AGENT', 'RELATIVE', 'INVITED')),
    relation   varchar(100) NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, name, kind, relation)
);

CREATE TABLE med_case_follow_up (
    id         uuid PRIMARY KEY,
    case_id    uuid          NOT NULL REFERENCES med_case (id) ON DELETE CASCADE,
    visited_on date          NOT NULL,
    method     varchar(16)   NOT NULL CHECK (method IN ('PHONE', 'VISIT', 'ONLINE')),
    visitor    varchar(100),
    notes      varchar(2000) NOT NULL,
    satisfied  boolean
);
CREATE INDEX med_case_follow_up_case_idx ON med_case_follow_up (case_id, visited_on);

CREATE TABLE med_expert_request (
    id             uuid PRIMARY KEY,
    version        bigint       NOT NULL,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(100) NOT NULL,
    division_code  varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    case_id        uuid         NOT NULL REFERENCES med_case (id),
    specialty      varchar(32)  NOT NULL CHECK (specialty IN ('MARRIAGE_FAMILY', 'NEIGHBOUR', 'HOUSING_HOMESTEAD', 'CONTRACT', 'BUSINESS_OPERATION', 'DAMAGES', 'FOREST_LAND', 'LAND_ACQUISITION', 'ENVIRONMENT', 'LABOUR', 'CONSUMER', 'MEDICAL', 'TRAFFIC_ACCIDENT', 'PROPERTY_MGMT', 'VILLAGE_AFFAIRS', 'INTELLECTUAL_PROPERTY', 'OTHER')),
    requested_on   date         NOT NULL,
    note           varchar(1000),
    expert_id      uuid REFERENCES med_mediator (id),
    status         varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    responded_on   date,
    response_note  varchar(1000)
);
CREATE INDEX med_expert_request_division_idx ON med_expert_request (division_code, requested_on);
CREATE INDEX med_expert_request_case_idx ON med_expert_request (case_id);
CREATE INDEX med_expert_request_expert_idx ON med_expert_request (expert_id, status);

CREATE TABLE med_incentive_rule (
    id             uuid PRIMARY KEY,
    version        bigint        NOT NULL,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(100)  NOT NULL,
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(100)  NOT NULL,
    division_code  varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    kind           varchar(32)   NOT NULL CHECK (kind IN ('SUCCESSFUL_MEDIATION', 'CONCLUDED_WITHOUT_AGREEMENT', 'SCREENING')),
    dispute_type   varchar(32) CHECK (dispute_type IN ('MARRIAGE_FAMILY', 'NEIGHBOUR', 'HOUSING_HOMESTEAD', 'CONTRACT', 'BUSINESS_OPERATION', 'DAMAGES', 'FOREST_LAND', 'LAND_ACQUISITION', 'ENVIRONMENT', 'LABOUR', 'CONSUMER', 'MEDICAL', 'TRAFFIC_ACCIDENT', 'PROPERTY_MGMT', 'VILLAGE_AFFAIRS', 'INTELLECTUAL_PROPERTY', 'OTHER')),
    difficulty     varchar(16) CHECK (difficulty IN ('SIMPLE', 'ORDINARY', 'DIFFICULT', 'MAJOR')),
    subsidy_amount numeric(10, 2) NOT NULL CHECK (subsidy_amount >= 0),
    credit_points  integer        NOT NULL CHECK (credit_points >= 0),
    valid_from     date           NOT NULL,
    valid_to       date,
    note           varchar(500),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX med_incentive_rule_division_idx ON med_incentive_rule (division_code, kind);

-- Envers history of the case aggregate (revision table core_revision; suffix _aud from sifa-core.properties).
CREATE TABLE med_case_aud (
    id                     uuid     NOT NULL,
    rev                    bigint   NOT NULL REFERENCES core_revision (id),
    revtype                smallint,
    case_no                varchar(60),
    committee_id           uuid,
    screening_id           uuid,
    organization_id        uuid,
    assignee               varchar(100),
    source                 varchar(32),
    dispute_type           varchar(32),
    difficulty             varchar(16),
    summary                varchar(2000),
    amount_involved        numeric(14, 2),
    received_on            date,
    status                 varchar(24),
    last_step_on           date,
    next_due_on            date,
    accepted_on            date,
    declined_on            date,
    decline_reason_code    varchar(32),
    decline_reason         varchar(1000),
    routes_told            varchar(300),
    mediating_since        date,
    session_count          integer,
    escalation_risk        boolean,
    police_reported_on     date,
    police_station         varchar(100),
    escalation_measures    varchar(1000),
    agreement_form         varchar(16),
    agreement_terms        varchar(4000),
    agreement_amount       numeric(14, 2),
    agreement_effective_on date,
    agreement_perform_by   date,
    failed_on              date,
    fail_reason            varchar(1000),
    performance_result     varchar(16),
    performance_checked_on date,
    performance_note       varchar(1000),
    jc_applied_on          date,
    jc_court               varchar(100),
    jc_result              varchar(16),
    jc_decided_on          date,
    follow_up_count        integer,
    archived_on            date,
    archive_note           varchar(500),
    PRIMARY KEY (id, rev)
);

CREATE TABLE med_case_party_aud (
    id          uuid     NOT NULL,
    rev         bigint   NOT NULL REFERENCES core_revision (id),
    revtype     smallint,
    case_id     uuid,
    sort_order  integer,
    role        varchar(16),
    kind        varchar(16),
    name        varchar(100),
    id_number   varchar(18),
    credit_code varchar(18),
    phone       varchar(30),
    PRIMARY KEY (id, rev)
);

CREATE TABLE med_case_mediator_aud (
    rev         bigint NOT NULL REFERENCES core_revision (id),
    revtype     smallint,
    case_id     uuid   NOT NULL,
    mediator_id uuid   NOT NULL,
    PRIMARY KEY (rev, case_id, mediator_id)
);

CREATE TABLE med_case_session_aud (
    id                 uuid   NOT NULL,
    rev                bigint NOT NULL REFERENCES core_revision (id),
    revtype            smallint,
    case_id            uuid,
    held_on            date,
    place              varchar(200),
    notes              varchar(4000),
    public_session     boolean,
    invitees_consented boolean,
    PRIMARY KEY (id, rev)
);

CREATE TABLE med_case_session_mediator_aud (
    rev         bigint NOT NULL REFERENCES core_revision (id),
    revtype     smallint,
    session_id  uuid   NOT NULL,
    mediator_id uuid   NOT NULL,
    PRIMARY KEY (rev, session_id, mediator_id)
);

-- A set of embeddables: Envers numbers the elements of each revision (setordinal).
CREATE TABLE med_case_session_attendee_aud (
    rev        bigint   NOT NULL REFERENCES core_revision (id),
    revtype    smallint NOT NULL,
    setordinal integer  NOT NULL,
    session_id uuid     NOT NULL,
    name       varchar(100),
    kind       varchar(16),
    relation   varchar(100),
    PRIMARY KEY (rev, session_id, revtype, setordinal)
);

CREATE TABLE med_case_follow_up_aud (
    id         uuid   NOT NULL,
    rev        bigint NOT NULL REFERENCES core_revision (id),
    revtype    smallint,
    case_id    uuid,
    visited_on date,
    method     varchar(16),
    visitor    varchar(100),
    notes      varchar(2000),
    satisfied  boolean,
    PRIMARY KEY (id, rev)
);
