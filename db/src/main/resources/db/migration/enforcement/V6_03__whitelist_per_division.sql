-- 白名单 is kept per division: a county's listing must neither be refused (409) nor be visible because another county
-- already listed the same enterprise (issue 10). An inspection asks for the higher approval when the enterprise is
-- listed by its own division or a division above it.
ALTER TABLE enf_whitelist_enterprise DROP CONSTRAINT enf_whitelist_enterprise_pkey;
ALTER TABLE enf_whitelist_enterprise ADD PRIMARY KEY (division_code, credit_code);
DROP INDEX enf_wl_division_idx;
CREATE INDEX enf_wl_credit_idx ON enf_whitelist_enterprise (credit_code);
