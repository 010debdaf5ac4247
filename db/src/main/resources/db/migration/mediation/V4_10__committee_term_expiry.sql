-- A committee's term is a validity, not a procedural period (issue 10): 人民调解法 Art 9 gives three years, so a
-- term starting on 2023-10-05 ends on 2026-10-04, the same day the committee screen shows as termEndsOn, holiday
-- or not. Before, the deadline was 36 months rolled over to the next working day (2026-10-08).
UPDATE core_deadline_rule
   SET expiry = true, anchor_event = '本届任期开始之日(当日计入)', updated_at = now(), updated_by = 'migration'
 WHERE code = 'COMMITTEE_TERM';

-- Rows already opened: the term's last day, never provisional; a renewal already recorded is judged again.
UPDATE core_deadline
   SET expiry = true,
       provisional = false,
       due_date = (anchor_date + make_interval(months => amount))::date - 1
 WHERE kind = 'COMMITTEE_TERM' AND unit = 'MONTH';
UPDATE core_deadline
   SET status = CASE WHEN met_on > due_date THEN 'MISSED' ELSE 'MET' END
 WHERE kind = 'COMMITTEE_TERM' AND status IN ('MET', 'MISSED');
