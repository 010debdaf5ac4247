-- Gateway: staff accounts, API clients (OAuth2 client credentials), JWT signing keys, the API call log and the
-- portal's server-side sessions (Spring Session JDBC). Comes after core's V1_2x so core_organization exists.

-- Staff. division_code is copied from the organization (kept in step by the application) so the shared
-- division-scope filter limits what an administrator sees to their own subtree.
CREATE TABLE core_user (
    id                  uuid PRIMARY KEY,
    version             bigint       NOT NULL,
    username            varchar(50)  NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,49}$'),
    display_name        varchar(50)  NOT NULL CHECK (length(btrim(display_name)) > 0),
    password_hash       varchar(200) NOT NULL,
    organization_id     uuid         NOT NULL REFERENCES core_organization (id),
    division_code       varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    roles               text[]       NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['SYSTEM_ADMIN', 'BUREAU_LEADER',
                                         'MEDIATION_STAFF', 'MEDIATOR', 'LEGAL_AID_STAFF', 'REVIEW_STAFF', 'CORRECTION_STAFF',
                                         'ENFORCEMENT_SUPERVISOR', 'AUDITOR']::text[]),
    enabled             boolean      NOT NULL DEFAULT true,
    failed_attempts     integer      NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    first_failure_at    timestamptz,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    password_changed_at timestamptz  NOT NULL,
    created_at          timestamptz  NOT NULL,
    created_by          varchar(100) NOT NULL,
    updated_at          timestamptz  NOT NULL,
    updated_by          varchar(100) NOT NULL,
    CONSTRAINT core_user_username_uq UNIQUE (username)
);
CREATE INDEX core_user_division_idx ON core_user (division_code, username);
CREATE INDEX core_user_organization_idx ON core_user (organization_id);
CREATE INDEX core_user_roles_idx ON core_user USING gin (roles);

-- API clients of county offices and auditors. The secret is stored only as a DelegatingPasswordEncoder hash.
CREATE TABLE core_api_client (
    id                uuid PRIMARY KEY,
    version           bigint       NOT NULL,
    client_id         varchar(64)  NOT NULL CHECK (client_id ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    name              varchar(100) NOT NULL CHECK (length(btrim(name)) > 0),
    division_code     varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    scopes            text[]       NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['core.read', 'core.admin',
                                       'mediation.read', 'mediation.write', 'legal-aid.read', 'legal-aid.write',
                                       'review.read', 'review.write', 'correction.read', 'correction.write',
                                       'enforcement.read', 'enforcement.write', 'reports.read']::text[]),
    secret_hash       varchar(200) NOT NULL,
    secret_rotated_at timestamptz  NOT NULL,
    enabled           boolean      NOT NULL DEFAULT true,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(100) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(100) NOT NULL,
    CONSTRAINT core_api_client_client_id_uq UNIQUE (client_id)
);
CREATE INDEX core_api_client_division_idx ON core_api_client (division_code, client_id);

-- RSA keys that sign every JWT (client tokens and gateway-minted user tokens). The active key signs; a retired
-- key stays in the JWK set until retire_after, so tokens it signed keep validating until they expire.
CREATE TABLE core_signing_key (
    kid          varchar(64)  PRIMARY KEY,
    algorithm    varchar(10)  NOT NULL DEFAULT 'RS256' CHECK (algorithm IN ('RS256')),
    public_key   text         NOT NULL,
    private_key  text         NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    active       boolean      NOT NULL,
    retire_after timestamptz,
    CHECK (NOT active OR retire_after IS NULL)
);
-- At most one key signs at a time.
CREATE UNIQUE INDEX core_signing_key_one_active ON core_signing_key (active) WHERE active;

-- Every token request and API call, written in batches off the request thread.
CREATE TABLE core_api_call_log (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at            timestamptz  NOT NULL,
    caller        varchar(100) NOT NULL,
    caller_kind   varchar(10)  NOT NULL CHECK (caller_kind IN ('CLIENT', 'STAFF', 'ANONYMOUS')),
    kind          varchar(10)  NOT NULL CHECK (kind IN ('TOKEN', 'API', 'LOGIN')),
    method        varchar(10)  NOT NULL,
    path          varchar(500) NOT NULL,
    status        integer      NOT NULL CHECK (status BETWEEN 100 AND 599),
    duration_ms   integer      NOT NULL CHECK (duration_ms >= 0),
    request_id    varchar(64),
    division_code varchar(12) COLLATE "C",
    client_ip     varchar(64)
);
CREATE INDEX core_api_call_log_at_idx ON core_api_call_log (at DESC);
CREATE INDEX core_api_call_log_caller_idx ON core_api_call_log (caller, at DESC);
CREATE INDEX core_api_call_log_division_idx ON core_api_call_log (division_code, at DESC);
CREATE INDEX core_api_call_log_status_idx ON core_api_call_log (status, at DESC);

-- Spring Session JDBC (portal sessions), the library's own PostgreSQL schema.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
