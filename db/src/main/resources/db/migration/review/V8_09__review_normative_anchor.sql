-- 附带审查 requested with the application (行政复议法第13条): its 30 days to handle it, or 7 working days to transfer
-- it (第56条), now run from the acceptance of the application, since the 复议机关 can handle the request only once the
-- application is accepted (our reading); a review the 复议机关 starts itself (第57条) counts from its start, as before.
-- The rules' anchor says so. Due dates are not touched here: they come from the core calculator (see
-- docs/review-appeal.md for cases accepted before this change).
UPDATE core_deadline_rule
   SET anchor_event = '受理(随申请一并提出的)或启动附带审查',
       updated_at = now(), updated_by = 'migration'
 WHERE code IN ('RV_NORMATIVE_HANDLING', 'RV_NORMATIVE_TRANSFER') AND anchor_event = '启动附带审查(中止)';
