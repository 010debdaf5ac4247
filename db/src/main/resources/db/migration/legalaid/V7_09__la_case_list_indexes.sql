-- The legal-aid case list by status (GET /api/legal-aid/v1/cases?status=CLOSED), sorted opened_on desc then id: a
-- county's closed cases read 8.6k table rows for page 1 and counted its 2,947 matches from the table (3.2k heap pages)
-- on 1.25M cases (docs/benchmarks.md, issue 15). The first index gives the page in order and, with the division
-- included, lets the core Listing's id step of a page past an offset run index-only; the second counts a status
-- within a division subtree from the index alone. The first covers V7_01's index on (status, opened_on).
CREATE INDEX la_case_status_list_idx ON la_case (status, opened_on DESC, id) INCLUDE (division_code);
CREATE INDEX la_case_status_division_idx ON la_case (status, division_code);
DROP INDEX la_case_status_idx;
