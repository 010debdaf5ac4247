-- National defaults of the mediation deadlines (province_code NULL); a province may override any of them.
-- 人民调解法 sets no time limit for mediation itself: the 30 days are local practice, configurable per province.
INSERT INTO core_deadline_rule (code, province_code, amount, unit, anchor_event, basis, label) VALUES
('MEDIATION_TIME_LIMIT', NULL, 30, 'CALENDAR_DAY', '受理',
 '地方实践:人民调解法未规定调解期限,一般在30日内调解结束(可按省配置)', '调解期限'),
('JUDICIAL_CONFIRMATION_APPLICATION', NULL, 30, 'CALENDAR_DAY', '调解协议生效',
 '《人民调解法》第三十三条:双方当事人自调解协议生效之日起三十日内共同向人民法院申请司法确认', '申请司法确认期限'),
('JUDICIAL_CONFIRMATION_DECISION', NULL, 30, 'CALENDAR_DAY', '申请司法确认',
 '《民事诉讼法》第二百零五条、第一百八十七条:人民法院适用特别程序审理的案件,应当在立案之日起三十日内审结(法院期限,供参考)', '法院司法确认审查期限'),
('COMMITTEE_TERM', NULL, 36, 'MONTH', '本届任期开始',
 '《人民调解法》第九条:人民调解委员会委员每届任期三年,可以连选连任', '调委会任期届满'),
('COMMITTEE_RENEWAL_REMINDER', NULL, 33, 'MONTH', '本届任期开始',
 '地方实践:任期届满前三个月启动换届准备(可按省配置)', '调委会换届提醒');
