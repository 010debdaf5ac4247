-- Deadline rules of 法律援助 (national defaults). The law says "七日"/"三日": calendar days (the 2023 revision of
-- 办理法律援助案件程序规定, 司法部令第148号, follows the law); a province that still counts working days overrides
-- the rule through /api/core/v1/deadline-rules (STATUTES.md §3).
INSERT INTO core_deadline_rule (code, province_code, amount, unit, anchor_event, basis, label) VALUES
('LA_REVIEW_DECISION', NULL, 7, 'CALENDAR_DAY', '收到法律援助申请(材料补齐之日)',
 '法律援助法第四十三条:法律援助机构应当自收到法律援助申请之日起七日内进行审查,作出是否给予法律援助的决定', '法律援助申请审查决定'),
('LA_ASSIGNMENT', NULL, 3, 'CALENDAR_DAY', '作出给予法律援助决定',
 '法律援助法第四十三条:决定给予法律援助的,应当自作出决定之日起三日内指派法律援助人员', '指派法律援助人员'),
('LA_NOTIFIED_ASSIGNMENT', NULL, 3, 'CALENDAR_DAY', '收到通知辩护/代理公函',
 '法律援助法第三十六条:法律援助机构收到通知后,应当在三日内指派律师并通知公安机关、人民检察院、人民法院', '通知辩护/代理指派律师'),
('LA_OBJECTION_DECISION', NULL, 5, 'CALENDAR_DAY', '收到异议',
 '法律援助法第四十九条:司法行政部门应当自收到异议之日起五日内进行审查,作出维持法律援助机构决定或者责令改正的决定', '异议审查决定'),
('LA_DETAINED_FORWARDING', NULL, 24, 'HOUR', '在押人员提出法律援助申请',
 '法律援助法第三十九条:办案机关、监管场所应当在二十四小时内将申请转交法律援助机构', '在押人员申请转交');
