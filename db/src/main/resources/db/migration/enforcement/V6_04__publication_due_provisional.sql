-- enf_action.publication_due_on is computed at ingest in working days. Where the holiday schedule of a year that
-- decides it was not published yet, the date is provisional; it is recomputed in the same transaction in which a
-- holiday year is published (PublicationDueRecalculation), and the flag is shown wherever the date is (issue 10).
ALTER TABLE enf_action ADD COLUMN publication_due_provisional boolean NOT NULL DEFAULT false;

-- Dates already stored lying in a year without a published schedule were provisional when computed.
UPDATE enf_action a SET publication_due_provisional = true
 WHERE NOT EXISTS (SELECT 1 FROM core_holiday_year y WHERE y.year = extract(year FROM a.publication_due_on)::int);

CREATE INDEX enf_action_due_provisional_idx ON enf_action (decided_on) WHERE publication_due_provisional;
