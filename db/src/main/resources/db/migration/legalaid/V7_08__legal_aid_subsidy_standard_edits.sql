-- Issue 11: the subsidy standards (办案补贴标准, 法律援助法第五十二条) are kept on screen (GET/POST/PUT /subsidy-standards,
-- POST /subsidy-standards/{id}/retire) by the province's legal-aid staff: a version for If-Match, who changed a row and
-- when, its history (Envers), and retirement instead of deletion. A retired row no longer applies (the province falls
-- back to the next row in precedence) and no longer counts for uniqueness, so a new row may replace it. Closed cases keep
-- the amount and the standard's name they were closed with (la_case.subsidy_amount, subsidy_basis): nothing here
-- touches them.
ALTER TABLE la_subsidy_standard
    ADD COLUMN version    bigint       NOT NULL DEFAULT 0,
    ADD COLUMN created_at timestamptz  NOT NULL DEFAULT now(),
    ADD COLUMN created_by varchar(100) NOT NULL DEFAULT 'migration',
    ADD COLUMN updated_at timestamptz  NOT NULL DEFAULT now(),
    ADD COLUMN updated_by varchar(100) NOT NULL DEFAULT 'migration',
    ADD COLUMN retired_on date;
ALTER TABLE la_subsidy_standard ALTER COLUMN created_at DROP DEFAULT, ALTER COLUMN created_by DROP DEFAULT,
    ALTER COLUMN updated_at DROP DEFAULT, ALTER COLUMN updated_by DROP DEFAULT;
-- A standard pays something, and never more than 100,000 yuan per case (the published standards are a few thousand).
ALTER TABLE la_subsidy_standard DROP CONSTRAINT la_subsidy_standard_amount_check;
ALTER TABLE la_subsidy_standard ADD CONSTRAINT la_subsidy_standard_amount_check CHECK (amount > 0 AND amount <= 100000);
-- One standing row per (province or platform, category or any, aid form).
DROP INDEX la_subsidy_standard_uq;
CREATE UNIQUE INDEX la_subsidy_standard_uq ON la_subsidy_standard (coalesce(province_code, ''), coalesce(category, ''), aid_form)
    WHERE retired_on IS NULL;

CREATE TABLE la_subsidy_standard_aud (
    id            uuid           NOT NULL,
    rev           bigint         NOT NULL REFERENCES core_revision (id),
    revtype       smallint,
    version       bigint,
    created_at    timestamptz,
    created_by    varchar(100),
    updated_at    timestamptz,
    updated_by    varchar(100),
    province_code varchar(12),
    category      varchar(24),
    aid_form      varchar(32),
    amount        numeric(12, 2),
    label         varchar(300),
    retired_on    date,
    PRIMARY KEY (id, rev)
);
