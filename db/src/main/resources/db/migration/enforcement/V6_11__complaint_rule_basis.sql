-- The complaint-handling rule's basis was a note to ourselves ("…办理时限细则未核实,按60日办结") shown to clerks as the
-- legal basis (issue 14). It now says what a clerk needs: the regulation, that the period is the local default, and
-- that a province sets its own. Open deadlines carry a copy of the basis, so they follow.
UPDATE core_deadline_rule
   SET basis = '《行政执法监督条例》(国务院令第825号);投诉办理期限按本地规定,默认60日,可按省配置',
       updated_at = now(), updated_by = 'migration'
 WHERE code = 'ENF_COMPLAINT_HANDLING' AND province_code IS NULL;

UPDATE core_deadline
   SET basis = '《行政执法监督条例》(国务院令第825号);投诉办理期限按本地规定,默认60日,可按省配置'
 WHERE kind = 'ENF_COMPLAINT_HANDLING' AND basis LIKE '%未核实%';
