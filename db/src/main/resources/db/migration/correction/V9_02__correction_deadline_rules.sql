-- Deadline rules of 社区矫正 (national defaults; a province overrides a rule with its own row).
-- [V] rules cite the 社区矫正法; the 实施办法 (司发通〔2020〕59号) periods are marked as such, and local practice
-- (分类管理 reporting frequencies) says 地方实践 (STATUTES.md §5).
INSERT INTO core_deadline_rule (code, province_code, amount, unit, anchor_event, basis, label) VALUES
('EVALUATION', NULL, 10, 'WORKING_DAY', '收到调查评估委托',
 '社区矫正法第十八条;《社区矫正法实施办法》:自收到调查评估委托函及所附材料之日起10个工作日内完成调查评估', '调查评估意见'),
('EVALUATION_EXPEDITED', NULL, 5, 'WORKING_DAY', '收到调查评估委托(速裁程序)',
 '《社区矫正法实施办法》:适用刑事案件速裁程序的,应当在5个工作日内完成调查评估', '调查评估意见(速裁)'),
('REPORT_IN', NULL, 10, 'CALENDAR_DAY', '判决、裁定生效',
 '社区矫正法第二十一条第一款:判处管制、宣告缓刑、裁定假释的,自判决、裁定生效之日起10日内到执行地社区矫正机构报到', '报到'),
('CORRECTION_HANDOVER', NULL, 10, 'CALENDAR_DAY', '暂予监外执行决定或批准',
 '社区矫正法第二十一条第二款:暂予监外执行的,由看守所、监狱或公安机关自决定或批准之日起10日内移送社区矫正机构', '暂予监外执行交付'),
('CORRECTION_REPORT_STRICT', NULL, 7, 'CALENDAR_DAY', '上次报告',
 '地方实践:分类管理严管对象每周报告一次(社区矫正法第二十四条分类管理)', '定期报告(严管)'),
('CORRECTION_REPORT_NORMAL', NULL, 1, 'MONTH', '上次报告',
 '地方实践:分类管理普管对象每月报告一次(社区矫正法第二十四条分类管理)', '定期报告(普管)'),
('CORRECTION_REPORT_LENIENT', NULL, 3, 'MONTH', '上次报告',
 '地方实践:分类管理宽管对象每季度报告一次(社区矫正法第二十四条分类管理)', '定期报告(宽管)'),
('CORRECTION_HEALTH_REPORT', NULL, 1, 'MONTH', '上次病情报告',
 '《社区矫正法实施办法》:暂予监外执行的社区矫正对象每月报告本人身体情况', '暂予监外执行病情报告'),
('CORRECTION_MEDICAL_RECHECK', NULL, 3, 'MONTH', '上次病情复查',
 '《社区矫正法实施办法》:保外就医的社区矫正对象每3个月提交病情复查情况', '保外就医病情复查'),
('CORRECTION_REVOCATION_DECISION', NULL, 30, 'CALENDAR_DAY', '提出撤销缓刑、假释建议',
 '社区矫正法第四十八条:人民法院应当在收到撤销缓刑、假释建议书后30日内作出裁定', '撤销缓刑/假释裁定'),
('CORRECTION_RECOMMITMENT_DECISION', NULL, 30, 'CALENDAR_DAY', '提出收监执行建议',
 '社区矫正法第四十九条:决定机关应当在收到收监执行建议书后30日内作出决定', '收监执行决定'),
('CORRECTION_ARREST_DECISION', NULL, 48, 'HOUR', '提请逮捕',
 '社区矫正法第四十七条:人民法院应当在48小时内作出是否逮捕的决定', '逮捕决定'),
('CORRECTION_SENTENCE_REDUCTION', NULL, 30, 'CALENDAR_DAY', '提出减刑建议',
 '社区矫正法第三十三条:人民法院应当在收到减刑建议书后30日内作出裁定', '减刑裁定'),
('CORRECTION_TRANSFER_REPORT', NULL, 7, 'CALENDAR_DAY', '收到执行地变更决定',
 '《社区矫正法实施办法》:社区矫正对象应当自收到变更执行地决定之日起7日内到新执行地社区矫正机构报到', '新执行地报到');
-- Expiries: the date itself, never rolled to a working day.
INSERT INTO core_deadline_rule (code, province_code, amount, unit, anchor_event, basis, label, expiry) VALUES
('CORRECTION_TERM_END', NULL, 1, 'CALENDAR_DAY', '矫正期满之日',
 '社区矫正法第四十四条:社区矫正对象矫正期满的,社区矫正机构应当依法办理解除社区矫正', '矫正期满', true),
('CORRECTION_MONITORING_EXPIRY', NULL, 3, 'MONTH', '电子定位装置使用之日',
 '社区矫正法第二十九条:使用电子定位装置的期限不得超过3个月', '电子定位期限届满', true);
