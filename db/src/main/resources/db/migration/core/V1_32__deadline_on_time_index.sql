-- On-time rates (issue 11): the statistics count the deadlines of some kinds met or missed in a period within a division
-- subtree (legal aid's LegalAidStatistics.ON_TIME: kind in (...) and status in ('MET', 'MISSED') and met_on between
-- :from and :to and division_code like (:prefix || '%')). With only core_deadline_division_idx they read every deadline
-- of the subtree, of every service and kind, from the heap, and kept a few percent. This index leads with kind
-- (equality), then the division (division_code is COLLATE "C", so the LIKE prefix is an index range), then met_on; it
-- holds only decided deadlines (the statements' own status predicate) and carries status, so a statement is one
-- index-only range scan per kind. With a generic plan (the prefix unknown at planning) kind and met_on still bound the
-- scan. Measured on 2M generated deadlines (docs/core-deadlines.md "Indexes"): a city over five years 1,265 -> 36 ms,
-- a county over a year 442 -> 0.2 ms, the generic plan 1,481 -> 76 ms.
CREATE INDEX core_deadline_on_time_idx ON core_deadline (kind, division_code COLLATE "C", met_on) INCLUDE (status)
    WHERE status IN ('MET', 'MISSED');
