-- The days each monthly aggregate row covers (issue 15, follow-up of V4_24). Only periods of whole months could read
-- med_case_month; the default period of every statistics endpoint, 1 January to today, ends in a part of a month and
-- scanned every case of the subtree. Each row now carries first_day and last_day: the earliest and the latest date of
-- the events counted into it (within its month). A delta of an update or a delete carries the dates of the rows it
-- subtracts as well, and compaction folds min(first_day) and max(last_day), so the range of a key's rows may be wider
-- than the dates of its live events but never narrower. A period whose edge months hold no row reaching outside it
-- (no first_day before from in the month of from, no last_day after to in the month of to) counts exactly the same
-- events from the months as from the cases (MediationStatistics).
--
-- An update that moves a date within its month cancels out in every figure; before, such a delta appended nothing,
-- which would now lose the new date. It is appended (with zero figures) whenever the dates of its new events reach
-- outside those of its old ones. Every live event adds a positive count to its key, so a key whose figures sum to
-- zero has no live event: compaction may still drop it.
--
-- Writers wait until the new trigger functions are committed, so that no delta without days slips in.
LOCK TABLE med_case, med_case_follow_up IN SHARE MODE;

ALTER TABLE med_case_month ADD COLUMN first_day date, ADD COLUMN last_day date;

-- As V4_24, each event row also carries its sign and its own date (day).
CREATE OR REPLACE FUNCTION sifa.med_case_month_sql(src text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($q$
        WITH c AS MATERIALIZED (
            SELECT sign, division_code, dispute_type, source, committee_id, received_on, agreement_effective_on,
                   agreement_amount, failed_on, accepted_on, declined_on, police_reported_on, jc_applied_on, jc_decided_on,
                   jc_result, performance_checked_on, performance_result
            FROM (%s) s
        ),
        e (sign, division_code, dispute_type, source, committee_id, day, registered, succeeded, failed, amount, amounted,
           accepted, declined, escalations, jc_applied, jc_confirmed, jc_rejected, performed, breached) AS (
            SELECT sign, division_code, dispute_type, source, committee_id, received_on,
                   sign, 0, 0, 0::numeric, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM c
            UNION ALL
            SELECT sign, division_code, dispute_type, source, committee_id, agreement_effective_on,
                   0, sign, 0, sign * coalesce(agreement_amount, 0), sign * (agreement_amount IS NOT NULL)::int, 0, 0, 0, 0, 0, 0, 0, 0
            FROM c WHERE agreement_effective_on IS NOT NULL
            UNION ALL
            SELECT sign, division_code, dispute_type, source, committee_id, failed_on,
                   0, 0, sign, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM c WHERE failed_on IS NOT NULL
            UNION ALL
            SELECT sign, division_code, dispute_type, NULL, NULL, accepted_on,
                   0, 0, 0, 0, 0, sign, 0, 0, 0, 0, 0, 0, 0 FROM c WHERE accepted_on IS NOT NULL
            UNION ALL
            SELECT sign, division_code, dispute_type, NULL, NULL, declined_on,
                   0, 0, 0, 0, 0, 0, sign, 0, 0, 0, 0, 0, 0 FROM c WHERE declined_on IS NOT NULL
            UNION ALL
            SELECT sign, division_code, dispute_type, NULL, NULL, police_reported_on,
                   0, 0, 0, 0, 0, 0, 0, sign, 0, 0, 0, 0, 0 FROM c WHERE police_reported_on IS NOT NULL
            UNION ALL
            SELECT sign, division_code, dispute_type, NULL, NULL, jc_applied_on,
                   0, 0, 0, 0, 0, 0, 0, 0, sign, 0, 0, 0, 0 FROM c WHERE jc_applied_on IS NOT NULL
            UNION ALL
            SELECT sign, division_code, dispute_type, NULL, NULL, jc_decided_on,
                   0, 0, 0, 0, 0, 0, 0, 0, 0, sign * (jc_result = 'CONFIRMED')::int, sign * (jc_result = 'REJECTED')::int, 0, 0
            FROM c WHERE jc_decided_on IS NOT NULL AND jc_result IN ('CONFIRMED', 'REJECTED')
            UNION ALL
            SELECT sign, division_code, dispute_type, NULL, NULL, performance_checked_on,
                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, sign * (performance_result = 'PERFORMED')::int,
                   sign * (performance_result = 'BREACHED')::int
            FROM c WHERE performance_checked_on IS NOT NULL AND performance_result IN ('PERFORMED', 'BREACHED')
        )
        INSERT INTO sifa.med_case_month (division_code, month, dim, code, registered, succeeded, failed, amount, amounted,
                                         accepted, declined, escalations, jc_applied, jc_confirmed, jc_rejected, performed, breached,
                                         first_day, last_day)
        SELECT division_code, month, dim, code, registered, succeeded, failed, amount, amounted, accepted, declined,
               escalations, jc_applied, jc_confirmed, jc_rejected, performed, breached, first_day, last_day
        FROM (
            SELECT division_code, month,
                   CASE WHEN grouping(dispute_type) = 0 THEN 'TYPE' WHEN grouping(source) = 0 THEN 'SOURCE' ELSE 'COMMITTEE' END AS dim,
                   coalesce(dispute_type, source, cast(committee_id AS text)) AS code,
                   sum(registered) AS registered, sum(succeeded) AS succeeded, sum(failed) AS failed, sum(amount) AS amount,
                   sum(amounted) AS amounted, sum(accepted) AS accepted, sum(declined) AS declined,
                   sum(escalations) AS escalations, sum(jc_applied) AS jc_applied, sum(jc_confirmed) AS jc_confirmed,
                   sum(jc_rejected) AS jc_rejected, sum(performed) AS performed, sum(breached) AS breached,
                   min(day) AS first_day, max(day) AS last_day,
                   -- the new events' days lie within the old ones' (null: not both kinds of event)
                   min(day) FILTER (WHERE sign > 0) >= min(day) FILTER (WHERE sign < 0)
                       AND max(day) FILTER (WHERE sign > 0) <= max(day) FILTER (WHERE sign < 0) AS days_within
            FROM (SELECT *, sifa.month_of(day) AS month FROM e) e
            GROUP BY GROUPING SETS ((division_code, month, dispute_type), (division_code, month, source),
                                    (division_code, month, committee_id))
        ) g
        -- no row for cases without a committee, nor for what cancelled out (an update that moved no figure and no
        -- day outside the days its old rows had)
        WHERE code IS NOT NULL
          AND ((registered, succeeded, failed, amount, amounted, accepted, declined, escalations, jc_applied, jc_confirmed,
                jc_rejected, performed, breached) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
               OR NOT coalesce(days_within, false))
        -- in the order of the readers' index: a subtree's months then lie on few pages
        ORDER BY division_code, month
        $q$, src)
$f$;

CREATE OR REPLACE FUNCTION sifa.med_case_month_follow_up_sql(src text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($q$
        INSERT INTO sifa.med_case_month (division_code, month, dim, code, follow_ups, first_day, last_day)
        SELECT c.division_code, sifa.month_of(f.visited_on), 'FOLLOW_UP', '', sum(f.sign), min(f.visited_on), max(f.visited_on)
        FROM (%s) f JOIN sifa.med_case c ON c.id = f.case_id
        GROUP BY c.division_code, sifa.month_of(f.visited_on)
        HAVING sum(f.sign) <> 0
            OR NOT coalesce(min(f.visited_on) FILTER (WHERE f.sign > 0) >= min(f.visited_on) FILTER (WHERE f.sign < 0)
                            AND max(f.visited_on) FILTER (WHERE f.sign > 0) <= max(f.visited_on) FILTER (WHERE f.sign < 0), false)
        ORDER BY 1, 2
        $q$, src)
$f$;

CREATE OR REPLACE FUNCTION sifa.med_case_month_before_case_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sifa.med_case_month (division_code, month, dim, code, follow_ups, first_day, last_day)
    SELECT OLD.division_code, sifa.month_of(f.visited_on), 'FOLLOW_UP', '', -count(*), min(f.visited_on), max(f.visited_on)
    FROM sifa.med_case_follow_up f WHERE f.case_id = OLD.id
    GROUP BY sifa.month_of(f.visited_on);
    RETURN OLD;
END
$$;

-- The trigger functions of V4_24 with the new statements (the triggers themselves stay): still one function per
-- table and event whose body is a static statement.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('med_case', 'INSERT', sifa.med_case_month_sql('SELECT 1 AS sign, * FROM new_rows')),
        ('med_case', 'UPDATE',
            sifa.med_case_month_sql('SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows') || $m$;
            -- a case moved to another division takes its follow-ups along
            INSERT INTO sifa.med_case_month (division_code, month, dim, code, follow_ups, first_day, last_day)
            SELECT m.division_code, sifa.month_of(f.visited_on), 'FOLLOW_UP', '', sum(m.sign), min(f.visited_on), max(f.visited_on)
            FROM new_rows n JOIN old_rows o ON o.id = n.id AND o.division_code <> n.division_code
            CROSS JOIN LATERAL (VALUES (1, n.division_code), (-1, o.division_code)) m (sign, division_code)
            JOIN sifa.med_case_follow_up f ON f.case_id = n.id
            GROUP BY m.division_code, sifa.month_of(f.visited_on)$m$),
        ('med_case', 'DELETE', sifa.med_case_month_sql('SELECT -1 AS sign, * FROM old_rows')),
        ('med_case_follow_up', 'INSERT',
            sifa.med_case_month_follow_up_sql('SELECT 1 AS sign, case_id, visited_on FROM new_rows')),
        ('med_case_follow_up', 'UPDATE',
            sifa.med_case_month_follow_up_sql('SELECT 1 AS sign, case_id, visited_on FROM new_rows '
                                              'UNION ALL SELECT -1, case_id, visited_on FROM old_rows')),
        ('med_case_follow_up', 'DELETE',
            sifa.med_case_month_follow_up_sql('SELECT -1 AS sign, case_id, visited_on FROM old_rows'))
    ) v (tbl, op, body)
    LOOP
        EXECUTE format('CREATE OR REPLACE FUNCTION sifa.%I() RETURNS trigger LANGUAGE plpgsql AS %L',
                       t.tbl || '_month_on_' || lower(t.op), 'BEGIN ' || t.body || '; RETURN NULL; END');
    END LOOP;
END
$$;

-- The back-fill: the aggregate again from the cases, by the same statements (the days of the old deltas are unknown).
DO $$
BEGIN
    SET LOCAL work_mem = '256MB';
    TRUNCATE sifa.med_case_month;
    EXECUTE sifa.med_case_month_sql('SELECT 1 AS sign, c.* FROM sifa.med_case c');
    EXECUTE sifa.med_case_month_follow_up_sql('SELECT 1 AS sign, f.case_id, f.visited_on FROM sifa.med_case_follow_up f');
END
$$;

ALTER TABLE med_case_month ALTER COLUMN first_day SET NOT NULL, ALTER COLUMN last_day SET NOT NULL,
    ADD CONSTRAINT med_case_month_days CHECK (month <= first_day AND first_day <= last_day AND sifa.month_of(last_day) = month);
