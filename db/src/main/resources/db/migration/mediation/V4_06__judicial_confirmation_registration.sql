-- The court's 30 days count from its registration of the application (立案), not from the application itself:
-- 民事诉讼法(2023) Art 187 (special procedure: 立案之日起三十日内审结). The older 法释〔2011〕5号 Art 6 (15 days from
-- 受理, extendable by 10 with approval) is superseded by it. The registration date is kept with the application.
ALTER TABLE med_case ADD COLUMN jc_registered_on date;
ALTER TABLE med_case_aud ADD COLUMN jc_registered_on date;
UPDATE med_case SET jc_registered_on = jc_applied_on WHERE jc_applied_on IS NOT NULL;

UPDATE core_deadline_rule
   SET amount = 30, unit = 'CALENDAR_DAY', anchor_event = '法院立案',
       basis = '《民事诉讼法》(2023)第一百八十七条:适用特别程序审理的案件,应当在立案之日起三十日内审结(法院期限,供参考);'
               || '法释〔2011〕5号第六条"受理之日起十五日内作出决定,可延长十日"已被取代',
       updated_at = now(), updated_by = 'migration'
 WHERE code = 'JUDICIAL_CONFIRMATION_DECISION' AND province_code IS NULL;
