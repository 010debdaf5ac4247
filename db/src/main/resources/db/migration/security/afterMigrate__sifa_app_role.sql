-- After every migrate (standalone start-up, the distributed mode's one-shot migrate, tests), as the owner:
-- the application's role sifa_app exists, may log in with the configured password, and holds the rights it needs on
-- every table of schema sifa, including those of migrations applied since; every table with a division_code column
-- that has no policy yet gets the standard division policy (V10_01), so a later service cannot forget it.
-- sifa_app is not the owner, not a superuser and has no BYPASSRLS: the policies bind it (RowLevelSecurityTest).
-- Roles belong to the whole PostgreSQL cluster: creating it tolerates a concurrent creator (parallel test JVMs).
DO $$
DECLARE
    -- from sifa.db.app-password (applications) or SIFA_DB_APP_PASSWORD (MigrateCommand); no single quotes in it
    password text := '${sifa_app_password}';
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sifa_app') THEN
        BEGIN
            CREATE ROLE sifa_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    -- An empty password leaves the role's login to the DBA (a production database whose owner may not alter roles).
    IF password <> '' THEN
        BEGIN
            EXECUTE format('ALTER ROLE sifa_app LOGIN PASSWORD %L', password);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'sifa_app: the migration role may not set its password; the DBA must (ALTER ROLE sifa_app LOGIN PASSWORD ...)';
        END;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA sifa TO sifa_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA sifa TO sifa_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA sifa TO sifa_app;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA sifa TO sifa_app;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.table_name FROM information_schema.columns c
               JOIN pg_class r ON r.relname = c.table_name AND r.relnamespace = 'sifa'::regnamespace AND r.relkind = 'r'
              WHERE c.table_schema = 'sifa' AND c.column_name = 'division_code'
                AND NOT EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = r.oid)
              ORDER BY 1
    LOOP
        RAISE NOTICE 'row-level security: the standard division policy on %', t.table_name;
        PERFORM sifa.enable_division_rls(format('sifa.%I', t.table_name)::regclass);
    END LOOP;
END
$$;
