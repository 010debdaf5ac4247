-- Row-level security (issue 16): defence in depth under the application's division scope. Every table with a
-- division_code column admits only the rows of the caller's division subtree, named by the per-connection setting
-- sifa.division that the platform sets whenever it hands out a connection (cn.sifa.core.db.DivisionSettingDataSource):
--   '330106' (a significant prefix, DivisionCodes.prefixOf)   that subtree: division_code LIKE '330106%'
--   '*'                                                       platform work (schedulers, demo data, login, token endpoint)
--   unset, '' or anything else                                nothing
-- The policy is a range on division_code, [prefix, prefix || '~'), which in the C collation is exactly "starts
-- with prefix" for digit codes (the business tables' columns are COLLATE "C"; the policy says it too, for the _aud
-- tables whose copies lost it) and, unlike LIKE, can be an index condition: PostgreSQL may not push the
-- application's own LIKE (not leakproof) below a policy, so the policy's range is what reaches the index.
-- The policies bind every role but the tables' owner, who runs the migrations; the application connects as
-- sifa_app (created and granted by afterMigrate__sifa_app_role.sql), which is neither owner nor superuser.

-- Single expressions without FROM, so that PostgreSQL inlines them into the policy: the planner then estimates the
-- range from the actual setting (custom plans) and the index scan evaluates them once, not per row.
CREATE FUNCTION sifa.rls_division_lo() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN current_setting('sifa.division', true) = '*' THEN ''
                WHEN current_setting('sifa.division', true) ~ '^[0-9]{1,12}$' THEN current_setting('sifa.division', true) END
$$;

CREATE FUNCTION sifa.rls_division_hi() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN current_setting('sifa.division', true) = '*' THEN '~'
                WHEN current_setting('sifa.division', true) ~ '^[0-9]{1,12}$' THEN current_setting('sifa.division', true) || '~' END
$$;

CREATE FUNCTION sifa.rls_platform() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce(current_setting('sifa.division', true) = '*', false)
$$;

-- Turns RLS on for one table with the standard policy on one division column. A NOT NULL column admits its
-- caller's subtree; a nullable one (audit events, call logs) also lets anyone write a row without a division and
-- only platform work read one. Idempotent: a later migration, or afterMigrate, may call it again.
CREATE FUNCTION sifa.enable_division_rls(tbl regclass, col name DEFAULT 'division_code') RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    nullable boolean;
    within text;
BEGIN
    SELECT NOT a.attnotnull INTO nullable FROM pg_attribute a WHERE a.attrelid = tbl AND a.attname = col AND NOT a.attisdropped;
    IF nullable IS NULL THEN
        RAISE EXCEPTION 'table % has no column %', tbl, col;
    END IF;
    within := format('(%1$I COLLATE "C" >= sifa.rls_division_lo() AND %1$I COLLATE "C" < sifa.rls_division_hi())', col);
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('DROP POLICY IF EXISTS division_scope ON %s', tbl);
    IF nullable THEN
        EXECUTE format('CREATE POLICY division_scope ON %s USING (%s OR (%I IS NULL AND sifa.rls_platform())) '
                       'WITH CHECK (%s OR %I IS NULL)', tbl, within, col, within, col);
    ELSE
        EXECUTE format('CREATE POLICY division_scope ON %s USING (%s)', tbl, within);
    END IF;
END
$$;

-- Every table of schema sifa with a division_code column (the business records, their _aud history tables,
-- staff, API clients, organizations, deadlines, transitions, attachments, audit events, call logs).
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.table_name FROM information_schema.columns c
               JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
              WHERE c.table_schema = 'sifa' AND c.column_name = 'division_code' AND tb.table_type = 'BASE TABLE'
              ORDER BY 1
    LOOP
        PERFORM sifa.enable_division_rls(format('sifa.%I', t.table_name)::regclass);
    END LOOP;
END
$$;
