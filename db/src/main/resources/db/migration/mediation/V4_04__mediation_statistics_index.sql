-- The statistics (MediationStatistics, IncentiveCalculator) count over a division subtree with a date condition per
-- figure. med_case rows are wide (summary, agreement terms), and a subtree's cases lie on as many heap pages as there
-- are cases, so every statistics statement paid one page read per case. This index carries every column those
-- statements read, so each becomes one index-only scan of the subtree's entries (~150 bytes each).
CREATE INDEX med_case_stats_idx ON med_case (division_code) INCLUDE (
    received_on, agreement_effective_on, failed_on, accepted_on, declined_on, police_reported_on, jc_applied_on,
    jc_decided_on, jc_result, performance_checked_on, performance_result, status, next_due_on, dispute_type, source,
    difficulty, agreement_amount, committee_id, id);
