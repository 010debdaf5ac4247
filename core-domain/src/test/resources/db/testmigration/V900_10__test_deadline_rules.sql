-- Rules used only by core's own tests (services insert their real rules in their own migrations).
INSERT INTO core_deadline_rule (code, province_code, amount, unit, anchor_event, basis, label) VALUES
('TEST_ACCEPTANCE_REVIEW', NULL, 5, 'WORKING_DAY', '收到申请', '《行政复议法》第三十条', '受理审查期限'),
('TEST_DECISION', NULL, 60, 'CALENDAR_DAY', '受理', '《行政复议法》第六十二条', '复议决定期限'),
('TEST_DECISION', '430000', 45, 'CALENDAR_DAY', '受理', '测试:湖南省设置', '复议决定期限(湖南)'),
('TEST_REPORT', NULL, 3, 'MONTH', '决定', '测试:按月计算', '报告期限'),
('TEST_NOTICE', NULL, 24, 'HOUR', '收到', '测试:按小时计算', '通知期限'),
('TEST_ONE_DAY', NULL, 1, 'CALENDAR_DAY', '前一日', '测试:一日', '一日期限'),
('TEST_OVERRIDABLE', NULL, 30, 'CALENDAR_DAY', '受理', '测试:可设置', '可设置期限');
