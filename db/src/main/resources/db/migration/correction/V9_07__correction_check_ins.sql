-- 报告 (实施办法; 分类管理, 社区矫正法第二十四条) as records of their own, listed per subject. Until now a check-in was
-- only a line of the subject's history (core_transition, action 'check-ins', comment "<type label>[:<note>]"); those
-- lines become the first rows here, read only (the history stays as it is).
CREATE TABLE cr_check_in (
    id             uuid PRIMARY KEY,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(100) NOT NULL,
    division_code  varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    subject_id     uuid         NOT NULL REFERENCES cr_subject (id),
    type           varchar(24)  NOT NULL CHECK (type IN ('REGULAR', 'HEALTH_REPORT', 'MEDICAL_RECHECK')),
    checked_in_on  date         NOT NULL,
    note           varchar(500)
);
CREATE INDEX cr_check_in_subject_idx ON cr_check_in (subject_id, checked_in_on);
CREATE INDEX cr_check_in_division_idx ON cr_check_in (division_code, checked_in_on);

CREATE TABLE cr_check_in_aud (
    id             uuid         NOT NULL,
    rev            bigint       NOT NULL REFERENCES core_revision (id),
    revtype        smallint,
    version        bigint,
    created_at     timestamptz,
    created_by     varchar(100),
    updated_at     timestamptz,
    updated_by     varchar(100),
    division_code  varchar(12),
    subject_id     uuid,
    type           varchar(24),
    checked_in_on  date,
    note           varchar(500),
    PRIMARY KEY (id, rev)
);

INSERT INTO cr_check_in (id, version, created_at, created_by, updated_at, updated_by, division_code, subject_id, type,
                         checked_in_on, note)
SELECT gen_random_uuid(), 0, t.recorded_at, t.actor, t.recorded_at, t.actor, t.division_code, t.record_id,
       CASE WHEN t.comment LIKE '病情报告%' THEN 'HEALTH_REPORT' WHEN t.comment LIKE '病情复查%' THEN 'MEDICAL_RECHECK' ELSE 'REGULAR' END,
       t.occurred_on,
       CASE WHEN position(':' IN t.comment) > 0 THEN left(substr(t.comment, position(':' IN t.comment) + 1), 500) END
  FROM core_transition t
  JOIN cr_subject s ON s.id = t.record_id
 WHERE t.record_type = 'correction-subject' AND t.action = 'check-ins';
