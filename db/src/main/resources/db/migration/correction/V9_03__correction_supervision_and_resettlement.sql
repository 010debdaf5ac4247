-- 社区矫正, second slice: leave (外出), electronic monitoring (Art 29), change of executing place (执行地变更),
-- education and community-service records, and 刑满释放人员安置帮教. Due dates live in core_deadline only (rules in V9_04).

-- A transferred subject leaves the register of the old agency (TRANSFERRED_OUT).
ALTER TABLE cr_subject DROP CONSTRAINT cr_subject_status_check;
ALTER TABLE cr_subject ADD CONSTRAINT cr_subject_status_check CHECK (status IN ('AWAITING_REPORT', 'RECEIVED', 'UNDER_CORRECTION',
    'LOST_CONTACT', 'REVOCATION_PROPOSED', 'DISCHARGE_PENDING', 'DISCHARGED', 'TERMINATED', 'TRANSFERRED_OUT'));
ALTER TABLE cr_subject ADD COLUMN transferred_on date;
ALTER TABLE cr_subject_aud ADD COLUMN transferred_on date;

-- 外出 (社区矫正法第二十七条; 实施办法): the approver level is computed from the days and the 2 months before.
CREATE TABLE cr_leave_request (
    id                       uuid PRIMARY KEY,
    version                  bigint       NOT NULL DEFAULT 0,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(100) NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(100) NOT NULL,
    division_code            varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    subject_id               uuid         NOT NULL REFERENCES cr_subject (id),
    kind                     varchar(16)  NOT NULL CHECK (kind IN ('SINGLE', 'FREQUENT')),
    destination              varchar(200) NOT NULL,
    reason                   varchar(500) NOT NULL,
    leave_from               date         NOT NULL,
    leave_to                 date         NOT NULL,
    days                     integer      NOT NULL CHECK (days > 0),
    cumulative_days          integer      NOT NULL,
    required_level           varchar(16)  NOT NULL CHECK (required_level IN ('JUSTICE_OFFICE', 'COUNTY_AGENCY', 'HIGHER_AGENCY')),
    requested_on             date         NOT NULL,
    status                   varchar(16)  NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED', 'RETURNED')),
    approver                 varchar(100),
    approver_level           varchar(16)  CHECK (approver_level IN ('JUSTICE_OFFICE', 'COUNTY_AGENCY', 'HIGHER_AGENCY')),
    decided_on               date,
    decision_comment         varchar(500),
    returned_on              date,
    assignee                 varchar(100),
    executing_org_id         uuid         REFERENCES core_organization (id),
    CONSTRAINT cr_leave_dates_ck CHECK (leave_to >= leave_from)
);
CREATE INDEX cr_leave_subject_idx ON cr_leave_request (subject_id, leave_from);
CREATE INDEX cr_leave_division_idx ON cr_leave_request (division_code, status);

-- 电子定位装置 (社区矫正法第二十九条): ≤ 3 months each time, renewable after a new assessment.
CREATE TABLE cr_monitoring (
    id                       uuid PRIMARY KEY,
    version                  bigint       NOT NULL DEFAULT 0,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(100) NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(100) NOT NULL,
    division_code            varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    subject_id               uuid         NOT NULL REFERENCES cr_subject (id),
    ground                   varchar(40)  NOT NULL CHECK (ground IN ('PROHIBITION_ORDER_VIOLATED', 'LEFT_WITHOUT_APPROVAL',
                                 'REFUSED_REPORTING_WARNED', 'PUBLIC_SECURITY_PENALTY', 'REVOCATION_PENDING')),
    facts                    varchar(2000) NOT NULL,
    approved_by              varchar(100) NOT NULL,
    approved_on              date         NOT NULL,
    period_start             date         NOT NULL,
    period_end               date         NOT NULL,
    assessment               varchar(2000) NOT NULL,
    renewals                 integer      NOT NULL DEFAULT 0,
    device_no                varchar(50),
    permitted_area           varchar(500),
    status                   varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
    ended_on                 date,
    end_reason               varchar(500),
    assignee                 varchar(100),
    executing_org_id         uuid         REFERENCES core_organization (id),
    CONSTRAINT cr_monitoring_period_ck CHECK (period_end >= period_start)
);
CREATE INDEX cr_monitoring_subject_idx ON cr_monitoring (subject_id, period_start);
CREATE INDEX cr_monitoring_division_idx ON cr_monitoring (division_code, status);
CREATE UNIQUE INDEX cr_monitoring_one_active_idx ON cr_monitoring (subject_id) WHERE status = 'ACTIVE';

-- 执行地变更 (社区矫正法第二十七条; 实施办法): apply 1 month ahead, 5-day steps between the agencies, report in 7 days.
CREATE TABLE cr_transfer (
    id                       uuid PRIMARY KEY,
    version                  bigint       NOT NULL DEFAULT 0,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(100) NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(100) NOT NULL,
    division_code            varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    subject_id               uuid         NOT NULL REFERENCES cr_subject (id),
    new_division_code        varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    new_agency               varchar(100) NOT NULL,
    new_residence            varchar(200) NOT NULL,
    reason                   varchar(500) NOT NULL,
    applied_on               date         NOT NULL,
    planned_move_on          date         NOT NULL,
    status                   varchar(16)  NOT NULL CHECK (status IN ('APPLIED', 'CONSULTING', 'REPLIED', 'APPROVED', 'REFUSED',
                                 'FILES_SENT', 'REPORTED')),
    consulted_on             date,
    replied_on               date,
    new_agency_agreed        boolean,
    decided_on               date,
    decision_comment         varchar(500),
    files_sent_on            date,
    reported_on              date,
    assignee                 varchar(100),
    executing_org_id         uuid         REFERENCES core_organization (id)
);
CREATE INDEX cr_transfer_subject_idx ON cr_transfer (subject_id, applied_on);
CREATE INDEX cr_transfer_division_idx ON cr_transfer (division_code, status);

-- 教育学习 and 公益活动 (社区矫正法第三十五、四十二条): hours summed in the statistics.
CREATE TABLE cr_education_record (
    id                       uuid PRIMARY KEY,
    version                  bigint       NOT NULL DEFAULT 0,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(100) NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(100) NOT NULL,
    division_code            varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    subject_id               uuid         NOT NULL REFERENCES cr_subject (id),
    kind                     varchar(24)  NOT NULL CHECK (kind IN ('EDUCATION', 'COMMUNITY_SERVICE')),
    activity_type            varchar(24)  CHECK (activity_type IN ('GROUP_EDUCATION', 'INDIVIDUAL_TALK', 'LEGAL_EDUCATION',
                                 'VOCATIONAL_TRAINING', 'PSYCHOLOGICAL', 'OTHER')),
    topic                    varchar(200) NOT NULL,
    place                    varchar(200),
    held_on                  date         NOT NULL,
    hours                    numeric(5, 1) NOT NULL CHECK (hours > 0 AND hours <= 24)
);
CREATE INDEX cr_education_subject_idx ON cr_education_record (subject_id, held_on);
CREATE INDEX cr_education_division_idx ON cr_education_record (division_code, held_on, kind);

-- 刑满释放人员安置帮教 (监狱法第三十五至三十七条; 中办发〔2010〕5号): notice from the prison, 必接必送, support period.
CREATE TABLE cr_released_person (
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
    minor                    boolean      NOT NULL DEFAULT false,
    origin                   varchar(16)  NOT NULL CHECK (origin IN ('PRISON', 'CORRECTION')),
    prison                   varchar(100),
    crime                    varchar(100),
    release_on               date         NOT NULL,
    notice_received_on       date         NOT NULL,
    key_person               boolean      NOT NULL DEFAULT false,
    source_subject_id        uuid         REFERENCES cr_subject (id),
    status                   varchar(16)  NOT NULL CHECK (status IN ('AWAITING_RELEASE', 'SUPPORTING', 'ENDED', 'REOFFENDED')),
    picked_up_on             date,
    picked_up_by             varchar(200),
    support_team             varchar(500),
    support_start            date,
    verified                 boolean      NOT NULL DEFAULT false,
    verified_on              date,
    verification_note        varchar(500),
    ended_on                 date,
    assignee                 varchar(100),
    executing_org_id         uuid         REFERENCES core_organization (id)
);
CREATE INDEX cr_released_division_idx ON cr_released_person (division_code, release_on);
CREATE INDEX cr_released_status_idx ON cr_released_person (status, release_on);
CREATE UNIQUE INDEX cr_released_source_idx ON cr_released_person (source_subject_id) WHERE source_subject_id IS NOT NULL;

DO $$
DECLARE
    t    text;
    cols text;
BEGIN
    FOREACH t IN ARRAY ARRAY['cr_leave_request', 'cr_monitoring', 'cr_transfer', 'cr_education_record', 'cr_released_person']
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
