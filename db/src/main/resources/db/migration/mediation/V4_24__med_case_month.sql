-- Monthly pre-aggregates of the mediation statistics (issue 15). The statistics counted every case of a subtree on
-- every request (one index-only scan of med_case_stats_idx, growing with the cases: 105 ms for a county's year on 1M
-- cases); a period of whole months now reads one row per division, month and code instead (MediationStatistics).
--
-- Each row is a signed delta: (division, month, dimension, code) and the figures that changed in that month. A
-- figure is counted in the month of its own date, as the live statistics count it in the period of its own date:
-- registered by received_on, succeeded (and amount) by agreement_effective_on, failed by failed_on, accepted,
-- declined, escalations (police_reported_on), jc_applied, jc_confirmed/jc_rejected (jc_decided_on and the result),
-- performed/breached (performance_checked_on and the result); follow_ups by the visit's date under dim FOLLOW_UP.
-- Dimensions are not crossed: every case figure under TYPE (its dispute type; the totals and the months are sums of
-- TYPE), and registered/succeeded/failed/amount also under SOURCE and under COMMITTEE (cases without a committee have
-- no COMMITTEE row). amounted counts the successes with an amount, so that a sum without any reads 0 as the live
-- SQL's coalesce(sum(...), 0) does, not 0.00.
--
-- Kept in step in the writing transaction by the statement-level triggers below (they also fire for COPY, so the
-- bench generator's bulk load stays exact): each statement appends the grouped difference between its new and its
-- old rows; unchanged figures cancel out and append nothing. Only appends, never an update of a shared row, so
-- concurrent transactions never wait on one another here and cannot deadlock. A reader sums the rows of its keys;
-- MediationCaseMonthCompaction collapses each key's rows into one now and then (only a question of size: the sums
-- are exact at any time). No foreign keys: a row only carries numbers derived from med_case.
CREATE TABLE med_case_month (
    division_code varchar(12) COLLATE "C" NOT NULL,
    month         date          NOT NULL CHECK (extract(day from month) = 1),
    dim           varchar(10)   NOT NULL CHECK (dim IN ('TYPE', 'SOURCE', 'COMMITTEE', 'FOLLOW_UP')),
    code          varchar(40)   NOT NULL,
    registered    integer       NOT NULL DEFAULT 0,
    succeeded     integer       NOT NULL DEFAULT 0,
    failed        integer       NOT NULL DEFAULT 0,
    amount        numeric(16, 2) NOT NULL DEFAULT 0,
    amounted      integer       NOT NULL DEFAULT 0,
    accepted      integer       NOT NULL DEFAULT 0,
    declined      integer       NOT NULL DEFAULT 0,
    escalations   integer       NOT NULL DEFAULT 0,
    jc_applied    integer       NOT NULL DEFAULT 0,
    jc_confirmed  integer       NOT NULL DEFAULT 0,
    jc_rejected   integer       NOT NULL DEFAULT 0,
    performed     integer       NOT NULL DEFAULT 0,
    breached      integer       NOT NULL DEFAULT 0,
    follow_ups    integer       NOT NULL DEFAULT 0
);
CREATE INDEX med_case_month_idx ON med_case_month (division_code, month);

-- The first day of a date's month (inlined; date arithmetic, no time zone involved).
CREATE FUNCTION sifa.month_of(d date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT d - (extract(day from d)::int - 1)
$$;

-- The statement that appends the grouped contributions of the rows of src (a query of (sign, med_case columns):
-- +1 for a new row, -1 for an old one). One text for the triggers and the back-fill, so they cannot differ. Each
-- date of a case is one event row (the case's codes, the month, its figures); the grouping sets then give every
-- event to its type, source and committee at once. Step figures (accepted, …) count under TYPE only.
CREATE FUNCTION sifa.med_case_month_sql(src text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($q$
        WITH c AS MATERIALIZED (
            SELECT sign, division_code, dispute_type, source, committee_id, received_on, agreement_effective_on,
                   agreement_amount, failed_on, accepted_on, declined_on, police_reported_on, jc_applied_on, jc_decided_on,
                   jc_result, performance_checked_on, performance_result
            FROM (%s) s
        ),
        e (division_code, dispute_type, source, committee_id, month, registered, succeeded, failed, amount, amounted,
           accepted, declined, escalations, jc_applied, jc_confirmed, jc_rejected, performed, breached) AS (
            SELECT division_code, dispute_type, source, committee_id, sifa.month_of(received_on),
                   sign, 0, 0, 0::numeric, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM c
            UNION ALL
            SELECT division_code, dispute_type, source, committee_id, sifa.month_of(agreement_effective_on),
                   0, sign, 0, sign * coalesce(agreement_amount, 0), sign * (agreement_amount IS NOT NULL)::int, 0, 0, 0, 0, 0, 0, 0, 0
            FROM c WHERE agreement_effective_on IS NOT NULL
            UNION ALL
            SELECT division_code, dispute_type, source, committee_id, sifa.month_of(failed_on),
                   0, 0, sign, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM c WHERE failed_on IS NOT NULL
            UNION ALL
            SELECT division_code, dispute_type, NULL, NULL, sifa.month_of(accepted_on),
                   0, 0, 0, 0, 0, sign, 0, 0, 0, 0, 0, 0, 0 FROM c WHERE accepted_on IS NOT NULL
            UNION ALL
            SELECT division_code, dispute_type, NULL, NULL, sifa.month_of(declined_on),
                   0, 0, 0, 0, 0, 0, sign, 0, 0, 0, 0, 0, 0 FROM c WHERE declined_on IS NOT NULL
            UNION ALL
            SELECT division_code, dispute_type, NULL, NULL, sifa.month_of(police_reported_on),
                   0, 0, 0, 0, 0, 0, 0, sign, 0, 0, 0, 0, 0 FROM c WHERE police_reported_on IS NOT NULL
            UNION ALL
            SELECT division_code, dispute_type, NULL, NULL, sifa.month_of(jc_applied_on),
                   0, 0, 0, 0, 0, 0, 0, 0, sign, 0, 0, 0, 0 FROM c WHERE jc_applied_on IS NOT NULL
            UNION ALL
            SELECT division_code, dispute_type, NULL, NULL, sifa.month_of(jc_decided_on),
                   0, 0, 0, 0, 0, 0, 0, 0, 0, sign * (jc_result = 'CONFIRMED')::int, sign * (jc_result = 'REJECTED')::int, 0, 0
            FROM c WHERE jc_decided_on IS NOT NULL AND jc_result IN ('CONFIRMED', 'REJECTED')
            UNION ALL
            SELECT division_code, dispute_type, NULL, NULL, sifa.month_of(performance_checked_on),
                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, sign * (performance_result = 'PERFORMED')::int,
                   sign * (performance_result = 'BREACHED')::int
            FROM c WHERE performance_checked_on IS NOT NULL AND performance_result IN ('PERFORMED', 'BREACHED')
        )
        INSERT INTO sifa.med_case_month (division_code, month, dim, code, registered, succeeded, failed, amount, amounted,
                                         accepted, declined, escalations, jc_applied, jc_confirmed, jc_rejected, performed, breached)
        SELECT * FROM (
            SELECT division_code, month,
                   CASE WHEN grouping(dispute_type) = 0 THEN 'TYPE' WHEN grouping(source) = 0 THEN 'SOURCE' ELSE 'COMMITTEE' END AS dim,
                   coalesce(dispute_type, source, cast(committee_id AS text)) AS code,
                   sum(registered) AS registered, sum(succeeded) AS succeeded, sum(failed) AS failed, sum(amount) AS amount,
                   sum(amounted) AS amounted, sum(accepted) AS accepted, sum(declined) AS declined,
                   sum(escalations) AS escalations, sum(jc_applied) AS jc_applied, sum(jc_confirmed) AS jc_confirmed,
                   sum(jc_rejected) AS jc_rejected, sum(performed) AS performed, sum(breached) AS breached
            FROM e
            GROUP BY GROUPING SETS ((division_code, month, dispute_type), (division_code, month, source),
                                    (division_code, month, committee_id))
        ) g
        -- no row for cases without a committee, nor for what cancelled out (an update that moved no figure)
        WHERE code IS NOT NULL
          AND (registered, succeeded, failed, amount, amounted, accepted, declined, escalations, jc_applied, jc_confirmed,
               jc_rejected, performed, breached) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        -- in the order of the readers' index: a subtree's months then lie on few pages
        ORDER BY division_code, month
        $q$, src)
$f$;

-- The follow-ups' counterpart: src yields (sign, case_id, visited_on); the division is the case's.
CREATE FUNCTION sifa.med_case_month_follow_up_sql(src text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($q$
        INSERT INTO sifa.med_case_month (division_code, month, dim, code, follow_ups)
        SELECT c.division_code, sifa.month_of(f.visited_on), 'FOLLOW_UP', '', sum(f.sign)
        FROM (%s) f JOIN sifa.med_case c ON c.id = f.case_id
        GROUP BY c.division_code, sifa.month_of(f.visited_on)
        HAVING sum(f.sign) <> 0
        ORDER BY 1, 2
        $q$, src)
$f$;

-- Row level, before the cascade removes the follow-ups (deleting a case is no application feature; this keeps the
-- aggregate exact for whoever does it by hand).
CREATE FUNCTION sifa.med_case_month_before_case_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sifa.med_case_month (division_code, month, dim, code, follow_ups)
    SELECT OLD.division_code, sifa.month_of(f.visited_on), 'FOLLOW_UP', '', -count(*)
    FROM sifa.med_case_follow_up f WHERE f.case_id = OLD.id
    GROUP BY sifa.month_of(f.visited_on);
    RETURN OLD;
END
$$;

-- TRUNCATE (the bench generator's --reset, CASCADE) fires no row or delete triggers.
CREATE FUNCTION sifa.med_case_month_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'med_case' THEN
        DELETE FROM sifa.med_case_month;
    ELSE
        DELETE FROM sifa.med_case_month WHERE dim = 'FOLLOW_UP';
    END IF;
    RETURN NULL;
END
$$;

-- One statement-level trigger per event and table (a trigger with transition tables has one event): the statement's
-- new rows count +1, its old rows -1 (an update is both). Each function's body is the static statement built above,
-- so PL/pgSQL keeps its plan for the session (a dynamic EXECUTE planned the whole statement on every write).
DO $$
DECLARE
    t record;
    tbl text;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('med_case', 'INSERT', 'NEW TABLE AS new_rows', sifa.med_case_month_sql('SELECT 1 AS sign, * FROM new_rows')),
        ('med_case', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
            sifa.med_case_month_sql('SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows') || $m$;
            -- a case moved to another division takes its follow-ups along
            INSERT INTO sifa.med_case_month (division_code, month, dim, code, follow_ups)
            SELECT m.division_code, sifa.month_of(f.visited_on), 'FOLLOW_UP', '', sum(m.sign)
            FROM new_rows n JOIN old_rows o ON o.id = n.id AND o.division_code <> n.division_code
            CROSS JOIN LATERAL (VALUES (1, n.division_code), (-1, o.division_code)) m (sign, division_code)
            JOIN sifa.med_case_follow_up f ON f.case_id = n.id
            GROUP BY m.division_code, sifa.month_of(f.visited_on)$m$),
        ('med_case', 'DELETE', 'OLD TABLE AS old_rows', sifa.med_case_month_sql('SELECT -1 AS sign, * FROM old_rows')),
        ('med_case_follow_up', 'INSERT', 'NEW TABLE AS new_rows',
            sifa.med_case_month_follow_up_sql('SELECT 1 AS sign, case_id, visited_on FROM new_rows')),
        ('med_case_follow_up', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
            sifa.med_case_month_follow_up_sql('SELECT 1 AS sign, case_id, visited_on FROM new_rows '
                                              'UNION ALL SELECT -1, case_id, visited_on FROM old_rows')),
        -- the follow-ups of a case deleted in the same statement (ON DELETE CASCADE) find no case any more:
        -- med_case_month_before_case_delete has taken them off already
        ('med_case_follow_up', 'DELETE', 'OLD TABLE AS old_rows',
            sifa.med_case_month_follow_up_sql('SELECT -1 AS sign, case_id, visited_on FROM old_rows'))
    ) v (tbl, op, transition, body)
    LOOP
        EXECUTE format('CREATE FUNCTION sifa.%I() RETURNS trigger LANGUAGE plpgsql AS %L',
                       t.tbl || '_month_on_' || lower(t.op), 'BEGIN ' || t.body || '; RETURN NULL; END');
        EXECUTE format('CREATE TRIGGER med_case_month_%s AFTER %s ON sifa.%I REFERENCING %s FOR EACH STATEMENT '
                       'EXECUTE FUNCTION sifa.%I()', lower(t.op), t.op, t.tbl, t.transition, t.tbl || '_month_on_' || lower(t.op));
    END LOOP;
    FOREACH tbl IN ARRAY ARRAY['med_case', 'med_case_follow_up'] LOOP
        EXECUTE format('CREATE TRIGGER med_case_month_truncate AFTER TRUNCATE ON sifa.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION sifa.med_case_month_on_truncate()', tbl);
    END LOOP;
END
$$;
CREATE TRIGGER med_case_month_before_delete BEFORE DELETE ON med_case
    FOR EACH ROW EXECUTE FUNCTION sifa.med_case_month_before_case_delete();

-- The back-fill, by the same statements (work_mem: one hash aggregate over every case, not a few rows).
DO $$
BEGIN
    SET LOCAL work_mem = '256MB';
    EXECUTE sifa.med_case_month_sql('SELECT 1 AS sign, c.* FROM sifa.med_case c');
    EXECUTE sifa.med_case_month_follow_up_sql('SELECT 1 AS sign, f.case_id, f.visited_on FROM sifa.med_case_follow_up f');
END
$$;

-- The statistics' overdue count is current state (cases whose earliest open deadline has passed), not a figure of
-- the period: it starts from the subtree's open, past-due deadlines (a few), not from all its cases.
CREATE INDEX core_deadline_open_due_idx ON core_deadline (division_code, due_date) INCLUDE (record_id) WHERE status = 'OPEN';
