-- Deadline rules of 行政复议 and 行政应诉 (national defaults; a province overrides a rule with its own row).
-- 行政复议法 Art 88: its 5/7/10-day periods are working days; 15, 30, 60 days are calendar days.
-- 行政诉讼法 defines no working days: its periods are calendar days (民诉法 counting, Art 101).
INSERT INTO core_deadline_rule (code, province_code, amount, unit, anchor_event, basis, label) VALUES
('RV_ACCEPTANCE_REVIEW', NULL, 5, 'WORKING_DAY', '收到复议申请(补正材料)',
 '行政复议法第30条:收到申请之日起5日(工作日,第88条)内审查;逾期不作不予受理决定的视为受理', '受理审查'),
('RV_CORRECTION', NULL, 10, 'WORKING_DAY', '收到补正通知',
 '行政复议法第31条:申请人应当自收到补正通知之日起10日(工作日)内补正,无正当理由逾期不补正的视为放弃', '补正材料'),
('RV_COPY_ORDINARY', NULL, 7, 'WORKING_DAY', '受理复议申请',
 '行政复议法第48条:受理之日起7日(工作日)内将申请书副本发送被申请人', '发送申请书副本'),
('RV_COPY_SIMPLE', NULL, 3, 'WORKING_DAY', '受理复议申请(简易程序)',
 '行政复议法第54条:简易程序受理之日起3日(工作日)内发送申请书副本', '发送申请书副本(简易)'),
('RV_REPLY_ORDINARY', NULL, 10, 'WORKING_DAY', '被申请人收到申请书副本',
 '行政复议法第48条:被申请人自收到申请书副本之日起10日(工作日)内提出书面答复并提交证据、依据;不答复的按第70条处理', '被申请人答复'),
('RV_REPLY_SIMPLE', NULL, 5, 'WORKING_DAY', '被申请人收到申请书副本(简易程序)',
 '行政复议法第54条:简易程序被申请人自收到副本之日起5日(工作日)内答复', '被申请人答复(简易)'),
('RV_DECISION_ORDINARY', NULL, 60, 'CALENDAR_DAY', '受理复议申请(另加延长、中止及补正天数)',
 '行政复议法第62条:普通程序自受理之日起60日内作出决定;经复议机构负责人批准可延长不超过30日;中止期间不计入', '复议决定'),
('RV_DECISION_SIMPLE', NULL, 30, 'CALENDAR_DAY', '受理复议申请(简易程序,另加中止天数)',
 '行政复议法第62条:简易程序自受理之日起30日内作出决定', '复议决定(简易)'),
('RV_SUSPENSION_LIMIT', NULL, 60, 'CALENDAR_DAY', '中止(第39条第1、2、4项)',
 '行政复议法第41条第5项:依第39条第1、2、4项中止满60日中止原因仍未消除的,终止行政复议', '中止满60日应终止'),
('RV_LITIGATION_WINDOW', NULL, 15, 'CALENDAR_DAY', '复议决定书送达',
 '行政诉讼法第45条:收到复议决定书之日起15日内可以向人民法院提起诉讼', '不服复议起诉期'),
('RV_LIT_DEFENCE', NULL, 15, 'CALENDAR_DAY', '收到起诉状副本',
 '行政诉讼法第67条:被告收到起诉状副本之日起15日内提交作出行政行为的证据和所依据的规范性文件并提出答辩状;第34条:逾期视为没有证据', '提交答辩状及证据'),
('RV_LIT_APPEAL_JUDGMENT', NULL, 15, 'CALENDAR_DAY', '收到判决书',
 '行政诉讼法第85条:不服判决的,判决书送达之日起15日内上诉', '判决上诉期'),
('RV_LIT_APPEAL_RULING', NULL, 10, 'CALENDAR_DAY', '收到裁定书',
 '行政诉讼法第85条:不服裁定的,裁定书送达之日起10日内上诉', '裁定上诉期');

INSERT INTO core_deadline_rule (code, province_code, amount, unit, anchor_event, basis, label) VALUES
('RV_ADVICE_CORRECTION', NULL, 60, 'CALENDAR_DAY', '制发行政复议意见书',
 '行政复议法第76条:有关机关应当自收到行政复议意见书之日起60日内将纠正相关违法或者不当行政行为的情况报送行政复议机关', '意见书纠正情况报送');
