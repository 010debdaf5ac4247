-- 调查评估 period extended by agreement with the commissioning authority (社区矫正法实施办法; STATUTES §5): the
-- working days added, cumulated over every extension, and who agreed to the last one (each is in the history).
ALTER TABLE cr_investigation ADD COLUMN extended_working_days integer NOT NULL DEFAULT 0 CHECK (extended_working_days >= 0);
ALTER TABLE cr_investigation ADD COLUMN extension_agreed_by varchar(100);
ALTER TABLE cr_investigation_aud ADD COLUMN extended_working_days integer;
ALTER TABLE cr_investigation_aud ADD COLUMN extension_agreed_by varchar(100);
