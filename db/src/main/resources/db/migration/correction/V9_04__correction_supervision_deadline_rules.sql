-- Deadline rules of the second correction slice (leave, transfer, resettlement). [U] periods of the 实施办法 say so;
-- 必接必送 and the 5-year support period are local practice, overridable per province (/api/core/v1/deadline-rules).
INSERT INTO core_deadline_rule (code, province_code, amount, unit, anchor_event, basis, label) VALUES
('CORRECTION_LEAVE_RETURN', NULL, 1, 'CALENDAR_DAY', '批准外出期满',
 '社区矫正法第二十七条;《社区矫正法实施办法》:外出期满应当及时返回居住地并向执行地社区矫正机构或受委托的司法所报告', '外出返回报告'),
('CORRECTION_TRANSFER_CONSULT', NULL, 5, 'CALENDAR_DAY', '收到执行地变更申请',
 '《社区矫正法实施办法》:执行地县级社区矫正机构收到申请后,应当在五日内书面征求新执行地县级社区矫正机构的意见', '征求新执行地意见'),
('CORRECTION_TRANSFER_REPLY', NULL, 5, 'CALENDAR_DAY', '收到征求意见函',
 '《社区矫正法实施办法》:新执行地县级社区矫正机构应当自收到征求意见函之日起五日内核实并书面反馈意见', '新执行地反馈意见'),
('CORRECTION_TRANSFER_DECISION', NULL, 5, 'CALENDAR_DAY', '收到新执行地反馈意见',
 '《社区矫正法实施办法》:执行地县级社区矫正机构应当根据回复意见作出决定,不同意变更的五日内告知社区矫正对象', '执行地变更决定'),
('CORRECTION_TRANSFER_FILES', NULL, 5, 'CALENDAR_DAY', '作出同意变更决定',
 '《社区矫正法实施办法》:同意变更执行地的,应当在五日内将有关法律文书和档案材料移交新执行地县级社区矫正机构', '移交档案材料');
INSERT INTO core_deadline_rule (code, province_code, amount, unit, anchor_event, basis, label, expiry) VALUES
('RESETTLEMENT_SUPPORT_END', NULL, 60, 'MONTH', '刑满释放之日',
 '地方实践:刑满释放人员安置帮教期限一般为五年(中办发〔2010〕5号;各省可调整)', '安置帮教期满', true),
('RESETTLEMENT_PICKUP', NULL, 1, 'CALENDAR_DAY', '刑满释放之日',
 '地方实践:刑满释放人员必接必送,释放当日接回(监狱法第三十五条;中办发〔2010〕5号)', '必接必送', true);
