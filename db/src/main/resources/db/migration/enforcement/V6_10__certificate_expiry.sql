-- A certificate's expiry is the date itself (issue 10): valid until 3 October means expired on the 4th, holiday
-- or not. Before, the rule counted 1 calendar day from the day before expiry and rolled a holiday over (a
-- certificate valid until 2026-10-03 fell due on 2026-10-08). Now the anchor is the last valid day and the
-- expiry rule ends on it: 1 day, the anchor counted, never rolled over.
UPDATE core_deadline_rule
   SET expiry = true, amount = 1, unit = 'CALENDAR_DAY', anchor_event = '执法证有效期届满之日',
       updated_at = now(), updated_by = 'migration'
 WHERE code = 'ENF_CERTIFICATE_EXPIRY';

-- Rows already opened were anchored on the day before the last valid day.
UPDATE core_deadline
   SET expiry = true,
       provisional = false,
       anchor_date = anchor_date + 1,
       due_date = anchor_date + 1
 WHERE kind = 'ENF_CERTIFICATE_EXPIRY' AND NOT expiry;
UPDATE core_deadline
   SET status = CASE WHEN met_on > due_date THEN 'MISSED' ELSE 'MET' END
 WHERE kind = 'ENF_CERTIFICATE_EXPIRY' AND status IN ('MET', 'MISSED');
