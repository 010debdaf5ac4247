-- The case list filtered by dispute type (GET /api/mediation/v1/cases?disputeType=…, often with from/to): its count
-- (up to 10,001 rows, on every page that has a next one) read every case of the caller's subtree, or of the period
-- across all provinces, and tested the type row by row: 75 of the 83 ms of a province's LABOUR cases of a year, and
-- 12.5 of 19 ms for a county's NEIGHBOUR cases over two years, on 1M cases (docs/benchmarks.md, 2026-12-07).
-- Type first (an equality), then the division (the subtree is a prefix range of the "C"-collated code), then the date:
-- the count reads only the matching entries, at any level of the division tree. It replaces V4_01's index on the type
-- alone, which it covers.
DROP INDEX med_case_type_idx;
CREATE INDEX med_case_type_idx ON med_case (dispute_type, division_code, received_on);
