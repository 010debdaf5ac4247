-- Issue 12, second part: structured parties, the Art 50/52 flags, 附带审查 of 规范性文件 (第13、56-60条),
-- and the court side of 行政应诉 (出庭通知书, 审理期限). Rules in V8_04.

-- 申请人、第三人 as records (the names stay in rv_reconsideration.applicants / third_parties for search and references).
CREATE TABLE rv_party (
    id                 uuid PRIMARY KEY,
    reconsideration_id uuid         NOT NULL REFERENCES rv_reconsideration (id),
    sort_order         integer      NOT NULL,
    role               varchar(12)  NOT NULL CHECK (role IN ('APPLICANT', 'THIRD_PARTY')),
    kind               varchar(16)  NOT NULL CHECK (kind IN ('NATURAL_PERSON', 'LEGAL_PERSON', 'OTHER_ORG')),
    name               varchar(100) NOT NULL,
    id_number          varchar(18),
    credit_code        varchar(18),
    phone              varchar(30),
    address            varchar(200),
    agent_name         varchar(100),
    agent_phone        varchar(30),
    CHECK (kind = 'NATURAL_PERSON' OR id_number IS NULL),
    CHECK (kind <> 'NATURAL_PERSON' OR credit_code IS NULL),
    UNIQUE (reconsideration_id, role, sort_order)
);
CREATE INDEX rv_party_name_idx ON rv_party (name);
CREATE INDEX rv_party_id_number_idx ON rv_party (id_number) WHERE id_number IS NOT NULL;

-- Records written before: their names become natural persons without further details.
INSERT INTO rv_party (id, reconsideration_id, sort_order, role, kind, name)
SELECT gen_random_uuid(), r.id, p.ord::integer, 'APPLICANT', 'NATURAL_PERSON', left(p.name, 100)
  FROM rv_reconsideration r, unnest(string_to_array(r.applicants, '、')) WITH ORDINALITY AS p(name, ord);
INSERT INTO rv_party (id, reconsideration_id, sort_order, role, kind, name)
SELECT gen_random_uuid(), r.id, p.ord::integer, 'THIRD_PARTY', 'NATURAL_PERSON', left(p.name, 100)
  FROM rv_reconsideration r, unnest(string_to_array(r.third_parties, '、')) WITH ORDINALITY AS p(name, ord)
 WHERE r.third_parties IS NOT NULL;

CREATE TABLE rv_party_aud (
    id                 uuid         NOT NULL,
    rev                bigint       NOT NULL REFERENCES core_revision (id),
    revtype            smallint,
    reconsideration_id uuid,
    sort_order         integer,
    role               varchar(12),
    kind               varchar(16),
    name               varchar(100),
    id_number          varchar(18),
    credit_code        varchar(18),
    phone              varchar(30),
    address            varchar(200),
    agent_name         varchar(100),
    agent_phone        varchar(30),
    PRIMARY KEY (id, rev)
);

-- 第50条 (重大、疑难、复杂 → 听证) and 第52条 (→ 行政复议委员会咨询); 附带审查 (one per case).
DO $$
DECLARE
    t text;
    flag text;
BEGIN
    FOREACH t IN ARRAY ARRAY['rv_reconsideration', 'rv_reconsideration_aud']
    LOOP
        -- the history table takes the same columns without NOT NULL (as V8_01 created it)
        flag := CASE WHEN t LIKE '%\_aud' THEN 'boolean' ELSE 'boolean NOT NULL DEFAULT false' END;
        EXECUTE format('ALTER TABLE %1$I
            ADD COLUMN major_complex          %2$s,
            ADD COLUMN highly_technical       %2$s,
            ADD COLUMN article24_case         %2$s,
            ADD COLUMN consultation_necessary %2$s,
            ADD COLUMN hearing_requested      %2$s,
            ADD COLUMN hearing_waived         %2$s,
            ADD COLUMN nr_source              varchar(20),
            ADD COLUMN nr_document            varchar(300),
            ADD COLUMN nr_issuing_body        varchar(200),
            ADD COLUMN nr_provisions          varchar(500),
            ADD COLUMN nr_requested_on        date,
            ADD COLUMN nr_started_on          date,
            ADD COLUMN nr_competent           boolean,
            ADD COLUMN nr_notified_on         date,
            ADD COLUMN nr_transferred_on      date,
            ADD COLUMN nr_transferee          varchar(200),
            ADD COLUMN nr_replied_on          date,
            ADD COLUMN nr_reply               varchar(2000),
            ADD COLUMN nr_result              varchar(20),
            ADD COLUMN nr_concluded_on        date,
            ADD COLUMN nr_result_note         varchar(2000)', t, flag);
    END LOOP;
END
$$;
ALTER TABLE rv_reconsideration
    ADD CONSTRAINT rv_recon_nr_source_ck CHECK (nr_source IN ('APPLICANT_REQUEST', 'EX_OFFICIO')),
    ADD CONSTRAINT rv_recon_nr_result_ck CHECK (nr_result IN ('LAWFUL', 'UNLAWFUL'));
CREATE INDEX rv_recon_nr_pending_idx ON rv_reconsideration (division_code) WHERE nr_started_on IS NOT NULL AND nr_result IS NULL;

-- 行政应诉: 立案 (the court period's anchor), the court's procedure, and the 出庭通知书 (出庭应诉规定第5条).
DO $$
DECLARE
    t text;
    flag text;
BEGIN
    FOREACH t IN ARRAY ARRAY['rv_litigation', 'rv_litigation_aud']
    LOOP
        flag := CASE WHEN t LIKE '%\_aud' THEN 'boolean' ELSE 'boolean NOT NULL DEFAULT false' END;
        EXECUTE format('ALTER TABLE %1$I
            ADD COLUMN registered_on            date,
            ADD COLUMN court_procedure          varchar(8),
            ADD COLUMN notice_served_on         date,
            ADD COLUMN scheduled_hearing_on     date,
            ADD COLUMN notice_head_required     %2$s,
            ADD COLUMN notice_short             %2$s,
            ADD COLUMN notice_earliest_hearing  date', t, flag);
    END LOOP;
END
$$;
ALTER TABLE rv_litigation
    ADD CONSTRAINT rv_lit_court_procedure_ck CHECK (court_procedure IN ('ORDINARY', 'SIMPLE'));
