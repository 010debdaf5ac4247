-- The case list's default order (GET /api/mediation/v1/cases: received_on DESC, case_no DESC) straight from an index:
-- a page walks it and stops after offset + size matching rows instead of reading and sorting the caller's whole
-- subtree (issue 6; 0.2-scale EXPLAIN in docs/mediation.md). Not led by division_code: a subtree is a prefix range
-- of several codes, and a range on the leading column gives up the order, so PostgreSQL would sort again.
CREATE INDEX med_case_list_idx ON med_case (received_on DESC, case_no DESC);
