-- A county's list filtered by status, read by page number past the first, as the application reads it: connected as
-- sifa_app under the row-level-security policy. The policy's division range is an index condition, and the planner
-- takes (status, division_code) for the id step, estimating the county's rows from the stable settings' default
-- (870) instead of walking med_case_status_list_idx in the list's order. That index then had to fetch every archived
-- case of the county from the table (27k rows, 22k buffers, 64 ms on 1M cases) to sort them for page 100. Holding the
-- sort's columns and the id makes that step index-only (22 ms); the same index still serves the status counts.
DROP INDEX med_case_status_idx;
CREATE INDEX med_case_status_idx ON med_case (status, division_code) INCLUDE (received_on, case_no_key, id);
