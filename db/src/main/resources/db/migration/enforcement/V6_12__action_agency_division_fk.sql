-- An action's division is its agency's (ActionIngest writes the agency's division; an agency never changes its
-- division). One foreign key on (agency_id, division_code) says exactly that, and replaces the two single-column ones:
-- the division is still a real one, through enf_agency's own key to core_division. Each action row inserted then
-- costs one referential check instead of two (the batch ingest writes up to 10,000 rows per statement; issue 15).
ALTER TABLE enf_agency ADD CONSTRAINT enf_agency_id_division_uq UNIQUE (id, division_code);

ALTER TABLE enf_action
    DROP CONSTRAINT enf_action_agency_id_fkey,
    DROP CONSTRAINT enf_action_division_code_fkey,
    ADD CONSTRAINT enf_action_agency_division_fk FOREIGN KEY (agency_id, division_code)
        REFERENCES enf_agency (id, division_code);
