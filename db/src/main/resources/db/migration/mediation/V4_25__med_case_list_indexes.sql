-- The case list read by page number (GET /api/mediation/v1/cases?status=…&page=N): the core Listing now reads a page
-- past an offset in two steps, the ids first and then those rows (docs/core-mechanisms.md, "Pages by number"). These
-- indexes hold every column the first step reads, the filter's, the sort's and the division, so it is an index-only
-- scan: the skipped rows of page 100 cost index entries, not table rows. On 1M cases, a county's archived cases:
-- page 1 read 28k table rows to find its 21 (the date index, filtered row by row), page 100 read and sorted the
-- county's 27k archived rows (docs/benchmarks.md, issue 15).
-- The default sort of the list is received_on desc, case_no_key desc, and the id breaks ties (core Seek).
CREATE INDEX med_case_status_list_idx ON med_case (status, received_on DESC, case_no_key DESC, id DESC) INCLUDE (division_code);
DROP INDEX med_case_list_key_idx;
CREATE INDEX med_case_list_key_idx ON med_case (received_on DESC, case_no_key DESC, id DESC) INCLUDE (division_code);
