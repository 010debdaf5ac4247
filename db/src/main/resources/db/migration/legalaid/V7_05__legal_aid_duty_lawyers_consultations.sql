-- 值班律师 (法律援助法第十四条、第三十条): the services given at the posts in courts, procuratorates and detention houses,
-- with the plea-leniency participations (认罪认罚, 具结书签署见证) and the persons helped; 法律咨询 logged by channel
-- (人次); a detained person's application forwarded within 24 hours (第三十九条, rule LA_DETAINED_FORWARDING). Issue 11.
CREATE TABLE la_duty_lawyer_service (
    id                     uuid PRIMARY KEY,
    version                bigint       NOT NULL DEFAULT 0,
    created_at             timestamptz  NOT NULL,
    created_by             varchar(100) NOT NULL,
    updated_at             timestamptz  NOT NULL,
    updated_by             varchar(100) NOT NULL,
    division_code          varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    post_kind              varchar(20)  NOT NULL CHECK (post_kind IN ('COURT', 'PROCURATORATE', 'DETENTION_HOUSE')),
    post_name              varchar(200) NOT NULL,
    provider_id            uuid         NOT NULL REFERENCES la_provider (id),
    served_on              date         NOT NULL,
    service_kind           varchar(32)  NOT NULL CHECK (service_kind IN ('LEGAL_ADVICE', 'PROCEDURE_ADVICE', 'COERCIVE_MEASURE_CHANGE',
                               'CASE_OPINION', 'MEETING', 'FILE_REVIEW', 'APPLICATION_FORWARDING', 'OTHER')),
    plea_leniency          boolean      NOT NULL DEFAULT false,
    plea_signing_witnessed boolean      NOT NULL DEFAULT false,
    persons_helped         integer      NOT NULL CHECK (persons_helped BETWEEN 1 AND 10000),
    note                   varchar(2000),
    CONSTRAINT la_duty_witness_ck CHECK (NOT plea_signing_witnessed OR plea_leniency)
);
CREATE INDEX la_duty_division_idx ON la_duty_lawyer_service (division_code, served_on);
CREATE INDEX la_duty_provider_idx ON la_duty_lawyer_service (provider_id, served_on);
CREATE INDEX la_duty_post_idx ON la_duty_lawyer_service (post_kind, served_on);

CREATE TABLE la_consultation (
    id            uuid PRIMARY KEY,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(100) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(100) NOT NULL,
    division_code varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    channel       varchar(16)  NOT NULL CHECK (channel IN ('WINDOW', 'HOTLINE_12348', 'ONLINE', 'HOME_VISIT', 'DUTY_POST', 'OTHER')),
    consulted_on  date         NOT NULL,
    matter        varchar(32)  NOT NULL CHECK (matter IN ('STATE_COMPENSATION', 'SOCIAL_INSURANCE_ASSISTANCE', 'PENSION',
                      'MAINTENANCE', 'LABOUR_RELATION', 'LABOUR_REMUNERATION', 'CIVIL_CAPACITY', 'WORK_INJURY',
                      'TRAFFIC_INJURY', 'FOOD_DRUG_INJURY', 'MEDICAL_INJURY', 'ENVIRONMENTAL_DAMAGE',
                      'CRIMINAL_DEFENCE', 'CRIMINAL_VICTIM', 'APPEAL_RETRIAL', 'OTHER')),
    persons       integer      NOT NULL CHECK (persons BETWEEN 1 AND 10000),
    enquirer_name varchar(100),
    answered_by   varchar(100),
    summary       varchar(2000) NOT NULL,
    answer        varchar(2000)
);
CREATE INDEX la_consultation_division_idx ON la_consultation (division_code, consulted_on);
CREATE INDEX la_consultation_channel_idx ON la_consultation (channel, consulted_on);
CREATE INDEX la_consultation_matter_idx ON la_consultation (matter, consulted_on);

-- A detained person's application (在押人员申请): registered when the detention house or the duty lawyer takes it,
-- AWAITING_FORWARDING until it reaches the agency (24 hours, then the 7-day review starts).
ALTER TABLE la_application
    ADD COLUMN detained        boolean NOT NULL DEFAULT false,
    ADD COLUMN detention_place varchar(200),
    ADD COLUMN forwarded_on    date,
    ADD CONSTRAINT la_application_detained_ck CHECK (NOT detained OR detention_place IS NOT NULL);
ALTER TABLE la_application DROP CONSTRAINT la_application_status_check;
ALTER TABLE la_application ADD CONSTRAINT la_application_status_check CHECK (status IN ('AWAITING_FORWARDING', 'UNDER_REVIEW',
    'AWAITING_MATERIALS', 'PRE_PROVIDED', 'GRANTED', 'REFUSED', 'OBJECTION_FILED', 'UPHELD', 'DEEMED_WITHDRAWN'));
CREATE INDEX la_app_detained_idx ON la_application (division_code, received_on) WHERE detained;
ALTER TABLE la_application_aud
    ADD COLUMN detained        boolean,
    ADD COLUMN detention_place varchar(200),
    ADD COLUMN forwarded_on    date;

DO $$
DECLARE
    t    text;
    cols text;
BEGIN
    FOREACH t IN ARRAY ARRAY['la_duty_lawyer_service', 'la_consultation']
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
