package cn.sifa.review.litigation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.review.reconsideration.ActCategory;

@Schema(name = "LitigationView", description = "行政应诉案件")
public record LitigationView(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "承办人", example = "kaifu-yingsu") String assignee,
        @Schema(description = "法院", example = "长沙市开福区人民法院") String court,
        @Schema(description = "法院案号", example = "(2026)湘0105行初123号") String courtCaseNo,
        @Schema(description = "审级", example = "FIRST") Instance instance,
        @Schema(description = "原告", example = "张三") String plaintiff,
        @Schema(description = "被告", example = "[\"某区人民政府\"]") List<String> defendantAgencies,
        @Schema(description = "相关的行政复议案件", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID relatedReconsiderationId,
        @Schema(description = "被诉行政行为类别", example = "PENALTY") ActCategory actCategory,
        @Schema(description = "收到起诉状副本日期", example = "2026-11-02") LocalDate summonsReceivedOn,
        @Schema(description = "状态", example = "DEFENCE_FILED") LitigationStatus status,
        @Schema(description = "状态名称", example = "已答辩举证") String statusLabel,
        @Schema(description = "答辩日期", example = "2026-11-12") LocalDate defenceFiledOn,
        @Schema(description = "已提交证据", example = "true") boolean evidenceFiled,
        @Schema(description = "已提交规范性文件", example = "true") boolean normativeDocumentsFiled,
        @Schema(description = "开庭次数", example = "1") int hearingCount,
        @Schema(description = "最近开庭日期", example = "2026-11-20") LocalDate lastHearingOn,
        @Schema(description = "负责人已出庭(本审级)", example = "true") boolean headAppeared,
        @Schema(description = "最近一次出庭人员身份", example = "DEPUTY_HEAD") AppearanceRole appearanceRole,
        @Schema(description = "出庭人员", example = "李副区长") String appearedName,
        @Schema(description = "负责人未出庭理由", example = "IRREPLACEABLE_DUTY") AbsenceReason absenceReason,
        @Schema(description = "已提交证明材料", example = "true") Boolean absenceProofFiled,
        @Schema(description = "负责人发言", example = "true") Boolean headSpoke,
        @Schema(description = "法院通知负责人出庭", example = "false") boolean courtRequiredHead,
        @Schema(description = "裁判文书种类", example = "JUDGMENT") RulingKind rulingKind,
        @Schema(description = "裁判结果", example = "REJECT") LitigationOutcome outcome,
        @Schema(description = "裁判结果名称", example = "驳回诉讼请求") String outcomeLabel,
        @Schema(description = "败诉", example = "false") boolean lost,
        @Schema(description = "裁判日期", example = "2026-12-01") LocalDate judgedOn,
        @Schema(description = "收到裁判文书日期", example = "2026-12-02") LocalDate judgmentReceivedOn,
        @Schema(description = "上诉日期", example = "2026-12-10") LocalDate appealedOn,
        @Schema(description = "生效日期", example = "2026-12-20") LocalDate effectiveOn,
        @Schema(description = "履行日期(败诉裁判生效后,行政机关履行之日)", example = "2027-01-15") LocalDate performedOn,
        @Schema(description = "履行情况", example = "已撤销原处罚决定并重新作出") String performanceNote,
        @Schema(description = "立案日期(二审为收到上诉状日期);法院审理期限自此起算", example = "2026-10-28") LocalDate registeredOn,
        @Schema(description = "法院适用的程序", example = "ORDINARY") CourtProcedure courtProcedure,
        @Schema(description = "法院裁定简易程序转为普通程序的日期(第84条)", example = "2026-11-20") LocalDate courtConvertedOn,
        @Schema(description = "法院审理期限已延长的月数(第81、88条)", example = "0") int courtExtensionMonths,
        @Schema(description = "延长审理期限的批准法院", example = "湖南省高级人民法院") String courtExtensionApprovedBy,
        @Schema(description = "出庭通知书送达日期", example = "2026-11-16") LocalDate noticeServedOn,
        @Schema(description = "通知的开庭日期", example = "2026-11-20") LocalDate scheduledHearingOn,
        @Schema(description = "法院通知负责人出庭(出庭应诉规定第4条)", example = "true") boolean noticeHeadRequired,
        @Schema(description = "出庭通知书送达距开庭不足3日(出庭应诉规定第5条)", example = "false") boolean noticeShort,
        @Schema(description = "按送达日期最早应开庭的日期", example = "2026-11-19") LocalDate noticeEarliestHearing,
        @Schema(description = "出庭通知书不足3日的提示;无则为 null", example = "出庭通知书送达距开庭不足3日…") String hearingNoticeWarning,
        @Schema(description = "败诉责任追究") List<AccountabilityView> accountability,
        @Schema(description = "最近一个未完成期限的届满日期,无则为 null", example = "2026-11-17") LocalDate nextDueOn,
        @Schema(description = "法定期限") List<DeadlineView> deadlines,
        @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作(POST /litigations/{id}/{action})", example = "[\"hearings\",\"judgment\"]") List<String> allowedActions,
        @Schema(description = "流程记录(时间线)") List<TransitionView> history,
        @Schema(description = "版本(ETag)", example = "2") long version) implements Answers.Versioned {
}
