-- 案号 and 申请编号 sort by year, then number (core_natural_key, V1_31), not as text.
ALTER TABLE la_case ADD COLUMN case_no_key varchar(200) GENERATED ALWAYS AS (core_natural_key(case_no)) STORED;
ALTER TABLE la_application ADD COLUMN application_no_key varchar(200) GENERATED ALWAYS AS (core_natural_key(application_no)) STORED;
