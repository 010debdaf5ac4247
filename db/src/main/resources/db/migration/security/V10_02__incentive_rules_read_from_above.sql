-- Incentive rules (med_incentive_rule) are set by a province or a city for every division below it: a county's
-- incentive calculation must read the rules of the divisions above it (IncentiveCalculator), which the standard
-- policy hides. Reading also admits a rule whose division is the caller's or an ancestor of it; writing stays
-- within the caller's subtree (the standard policy, which binds UPDATE and DELETE and checks new rows).
CREATE POLICY division_ancestors_read ON med_incentive_rule FOR SELECT USING (
    starts_with(coalesce(nullif(current_setting('sifa.division', true), ''), '-'),
                CASE WHEN length(division_code) = 6 AND right(division_code, 4) = '0000' THEN left(division_code, 2)
                     WHEN length(division_code) = 6 AND right(division_code, 2) = '00' THEN left(division_code, 4)
                     ELSE division_code END));
