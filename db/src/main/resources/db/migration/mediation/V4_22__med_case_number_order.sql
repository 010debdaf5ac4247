-- 案号 sorts by year, then number (core_natural_key, V1_31), not as text (9号 after 99号). The default list order
-- (received_on DESC, then the number) moves to the key's index, which serves it as med_case_list_idx did.
ALTER TABLE med_case ADD COLUMN case_no_key varchar(200) GENERATED ALWAYS AS (core_natural_key(case_no)) STORED;
CREATE INDEX med_case_list_key_idx ON med_case (received_on DESC, case_no_key DESC);
DROP INDEX med_case_list_idx;
