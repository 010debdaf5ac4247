-- 行政诉讼法第81、88条: the court's period extended with the higher court's approval (months, cumulated).
ALTER TABLE rv_litigation ADD COLUMN court_extension_months integer NOT NULL DEFAULT 0 CHECK (court_extension_months >= 0);
ALTER TABLE rv_litigation ADD COLUMN court_extension_approved_by varchar(100);
ALTER TABLE rv_litigation_aud ADD COLUMN court_extension_months integer;
ALTER TABLE rv_litigation_aud ADD COLUMN court_extension_approved_by varchar(100);
