-- Two tables are also read from below (row-level security, issue 16), which the standard policy would hide:
--   med_incentive_rule: rules a province or a city sets for every division below it; a county's incentive
--                       calculation (IncentiveCalculator) reads the rules of the divisions above it;
--   core_organization:  a town's justice office names its county bureau (OrganizationService), the one above it.
-- Reading also admits a row whose division is the caller's or an ancestor of it; writing stays within the caller's
-- subtree (the standard policy binds UPDATE and DELETE and checks new rows).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['med_incentive_rule', 'core_organization'] LOOP
        EXECUTE format($p$CREATE POLICY division_ancestors_read ON sifa.%I FOR SELECT USING (
            starts_with(coalesce(nullif(current_setting('sifa.division', true), ''), '-'),
                        CASE WHEN length(division_code) = 6 AND right(division_code, 4) = '0000' THEN left(division_code, 2)
                             WHEN length(division_code) = 6 AND right(division_code, 2) = '00' THEN left(division_code, 4)
                             ELSE division_code END))$p$, t);
    END LOOP;
END
$$;
