-- Organizations: bureaus (司法局) and their units. Each belongs to exactly one division; the case-number pattern
-- is set per organization ({abbr} = short_name, {series} = service character, {year}, {seq} or {seq:N} zero-padded).
CREATE TABLE core_organization (
    id              uuid PRIMARY KEY,
    version         bigint       NOT NULL,
    division_code   varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    type            varchar(32)  NOT NULL CHECK (type IN ('BUREAU', 'JUSTICE_OFFICE', 'MEDIATION_COMMITTEE',
                                                          'LEGAL_AID_CENTER', 'REVIEW_BODY', 'CORRECTION_AGENCY',
                                                          'ENFORCEMENT_AGENCY')),
    name            varchar(100) NOT NULL CHECK (length(btrim(name)) > 0),
    short_name      varchar(20)  NOT NULL CHECK (length(btrim(short_name)) > 0),
    parent_id       uuid REFERENCES core_organization (id),
    case_no_pattern varchar(60)  NOT NULL DEFAULT '{abbr}{series}〔{year}〕{seq}号' CHECK (case_no_pattern LIKE '%{seq%'),
    head_name       varchar(50),
    phone           varchar(30),
    address         varchar(200),
    active          boolean      NOT NULL DEFAULT true,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(100) NOT NULL,
    CONSTRAINT core_organization_name_uq UNIQUE (division_code, type, name)
);
-- The unique index leads with division_code (COLLATE "C"), so it also answers the scope filter's prefix LIKE.
CREATE INDEX core_organization_type_idx ON core_organization (type, division_code);
CREATE INDEX core_organization_parent_idx ON core_organization (parent_id);
