-- 履行: after a judgment against the agency has taken effect, when and how the agency performed it (行政诉讼法第94–96条).
ALTER TABLE rv_litigation ADD COLUMN performed_on date;
ALTER TABLE rv_litigation ADD COLUMN performance_note varchar(500);
ALTER TABLE rv_litigation_aud ADD COLUMN performed_on date;
ALTER TABLE rv_litigation_aud ADD COLUMN performance_note varchar(500);
