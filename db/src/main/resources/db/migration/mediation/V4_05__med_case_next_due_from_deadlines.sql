-- A case's next due date is no longer copied into med_case: lists, filters, sorts, exports and statistics read the
-- earliest OPEN deadline from core_deadline (WorkflowEntity.getNextDueOn), so a published holiday year or a changed
-- province rule can never leave a stale copy behind. The statistics index is rebuilt without the column.
DROP INDEX IF EXISTS med_case_due_idx;
DROP INDEX IF EXISTS med_case_stats_idx;
ALTER TABLE med_case DROP COLUMN next_due_on;
ALTER TABLE med_case_aud DROP COLUMN next_due_on;
CREATE INDEX med_case_stats_idx ON med_case (division_code) INCLUDE (
    received_on, agreement_effective_on, failed_on, accepted_on, declined_on, police_reported_on, jc_applied_on,
    jc_decided_on, jc_result, performance_checked_on, performance_result, status, dispute_type, source,
    difficulty, agreement_amount, committee_id, id);
