-- Expiry rules (issue 10): a validity's last day is a date, not a procedural period. The anchor is the validity's
-- first day and counts; the due date is anchor + amount - 1 day (CALENDAR_DAY) or anchor + amount months - 1 day
-- (MONTH), and is never rolled over to a working day nor provisional. A certificate valid until 3 October is
-- expired on the 4th, holiday or not. The flag is copied to each deadline row so that a schedule change never
-- moves it.
ALTER TABLE core_deadline_rule ADD COLUMN expiry boolean NOT NULL DEFAULT false;
ALTER TABLE core_deadline_rule ADD CONSTRAINT core_deadline_rule_expiry_unit_ck
    CHECK (NOT expiry OR unit IN ('CALENDAR_DAY', 'MONTH'));
ALTER TABLE core_deadline ADD COLUMN expiry boolean NOT NULL DEFAULT false;
ALTER TABLE core_deadline ADD CONSTRAINT core_deadline_expiry_unit_ck
    CHECK (NOT expiry OR unit IN ('CALENDAR_DAY', 'MONTH'));
