-- 简易程序转普通程序 (行政诉讼法第84条): the date of the court's ruling; the period itself lives in core_deadline.
ALTER TABLE rv_litigation ADD COLUMN court_converted_on date;
ALTER TABLE rv_litigation_aud ADD COLUMN court_converted_on date;
