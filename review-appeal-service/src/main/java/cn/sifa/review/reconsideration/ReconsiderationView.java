package cn.sifa.review.reconsideration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;

@Schema(name = "ReconsiderationView", description = "行政复议案件")
public record ReconsiderationView(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "承办人", example = "kaifu-fuyi") String assignee,
        @Schema(description = "申请人(身份证号码、电话仅对复议应诉工作人员完整显示,并记入审计日志)") List<PartyView> applicants,
        @Schema(description = "第三人") List<PartyView> thirdParties,
        @Schema(description = "被申请人", example = "某县市场监督管理局") String respondentName,
        @Schema(description = "被申请人统一社会信用代码", example = "91430105562459083D") String respondentCreditCode,
        @Schema(description = "行政行为类别", example = "PENALTY") ActCategory actCategory,
        @Schema(description = "行政行为类别名称", example = "行政处罚") String actCategoryLabel,
        @Schema(description = "被申请的行政行为", example = "罚款2000元") String actDescription,
        @Schema(description = "行政行为作出日期", example = "2026-10-20") LocalDate actDate,
        @Schema(description = "知道行政行为之日", example = "2026-10-22") LocalDate knewOn,
        @Schema(description = "收到申请日期", example = "2026-11-02") LocalDate receivedOn,
        @Schema(description = "复议请求", example = "撤销该行政处罚决定") String requests,
        @Schema(description = "涉案金额(元)", example = "2000.00") BigDecimal amountInvolved,
        @Schema(description = "申请方式", example = "WRITTEN") ApplicationChannel channel,
        @Schema(description = "申请方式名称", example = "书面申请") String channelLabel,
        @Schema(description = "是否可能超过申请期限(第20、21条)", example = "false") boolean late,
        @Schema(description = "超期理由", example = "自知道行政行为之日起已超过60日(行政复议法第20条)") String lateReason,
        @Schema(description = "状态", example = "ACCEPTED") ReconsiderationStatus status,
        @Schema(description = "状态名称", example = "已受理") String statusLabel,
        @Schema(description = "视为受理:受理审查期限届满未作不予受理决定(第30条)", example = "false") boolean deemedAccepted,
        @Schema(description = "审理程序", example = "ORDINARY") ReviewProcedure procedure,
        @Schema(description = "适用简易程序的情形", example = "SMALL_AMOUNT") SimpleProcedureGround simpleGround,
        @Schema(description = "受理日期", example = "2026-11-05") LocalDate acceptedOn,
        @Schema(description = "受理审查理由", example = "材料齐全") String acceptanceReason,
        @Schema(description = "有管辖权的复议机关(不予受理时)", example = "某市人民政府") String competentBody,
        @Schema(description = "补正用时(日,不计入审查期限)", example = "0") int correctionDays,
        @Schema(description = "发送申请书副本日期", example = "2026-11-06") LocalDate copySentOn,
        @Schema(description = "被申请人答复日期", example = "2026-11-16") LocalDate repliedOn,
        @Schema(description = "被申请人未答复(第70条情形)", example = "false") boolean noReply,
        @Schema(description = "听证次数", example = "1") int hearingCount,
        @Schema(description = "最近听证日期", example = "2026-11-25") LocalDate lastHearingOn,
        @Schema(description = "已提请行政复议委员会咨询", example = "true") boolean committeeConsulted,
        @Schema(description = "咨询意见", example = "建议撤销") String committeeOpinion,
        @Schema(description = "延长天数", example = "0") int extensionDays,
        @Schema(description = "延期批准人", example = "王局长") String extensionApprovedBy,
        @Schema(description = "中止日期", example = "2026-11-20") LocalDate suspendedOn,
        @Schema(description = "中止情形", example = "AGREED_MEDIATION") SuspensionGround suspensionGround,
        @Schema(description = "已中止天数(不计入审理期限)", example = "0") int pausedDays,
        @Schema(description = "结果", example = "REVOKE") ReconsiderationOutcome outcome,
        @Schema(description = "结果名称", example = "撤销") String outcomeLabel,
        @Schema(description = "批准方式", example = "HEAD") ApprovalMode approvalMode,
        @Schema(description = "批准人", example = "县长 赵某") String approvedBy,
        @Schema(description = "结案日期", example = "2026-12-02") LocalDate concludedOn,
        @Schema(description = "送达日期", example = "2026-12-03") LocalDate servedOn,
        @Schema(description = "决定确定日期(起诉期届满未起诉)", example = "2026-12-20") LocalDate finalOn,
        @Schema(description = "简易程序转普通程序的批准人", example = "王某") String convertedBy,
        @Schema(description = "意见书致送机关", example = "某区市场监督管理局") String adviceAgency,
        @Schema(description = "意见书内容", example = "规范罚款裁量") String adviceContent,
        @Schema(description = "意见书制发日期", example = "2026-12-01") LocalDate adviceIssuedOn,
        @Schema(description = "纠正情况报告日期", example = "2026-12-20") LocalDate correctionReportedOn,
        @Schema(description = "纠正情况", example = "已重新作出处罚决定") String correctionReport,
        @Schema(description = "回访复盘日期", example = "2027-01-10") LocalDate followUpOn,
        @Schema(description = "回访复盘情况", example = "整改到位") String followUpNote,
        @Schema(description = "重大、疑难、复杂(第50、52条)", example = "false") boolean majorComplex,
        @Schema(description = "专业性、技术性较强(第52条)", example = "false") boolean highlyTechnical,
        @Schema(description = "第24条第2款规定的案件(第52条)", example = "false") boolean article24Case,
        @Schema(description = "行政复议机构认为有必要咨询(第52条)", example = "false") boolean consultationNecessary,
        @Schema(description = "申请人请求听证(第50条第2款)", example = "false") boolean hearingRequested,
        @Schema(description = "申请人视为放弃听证权利(第51条)", example = "false") boolean hearingWaived,
        @Schema(description = "须提请行政复议委员会咨询(第52条)", example = "false") boolean consultationRequired,
        @Schema(description = "须组织听证(第50条第1款)", example = "false") boolean hearingRequired,
        @Schema(description = "作出复议决定前尚欠的法定程序:committee-consultation-required、hearing-required", example = "[]") List<String> outstandingRequirements,
        @Schema(description = "规范性文件附带审查,一件规范性文件一项(第13、57条);没有则为空数组") List<NormativeReviewView> normativeReviews,
        @Schema(description = "最近一个未完成期限的届满日期,无则为 null", example = "2027-01-04") LocalDate nextDueOn,
        @Schema(description = "法定期限") List<DeadlineView> deadlines,
        @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作(POST /reconsiderations/{id}/{action})", example = "[\"copy-sent\",\"extension\"]") List<String> allowedActions,
        @Schema(description = "流程记录(时间线)") List<TransitionView> history,
        @Schema(description = "版本(ETag)", example = "2") long version) implements Answers.Versioned {
}
