package cn.sifa.enforcement.legality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.enforcement.legalreview.ReviewOpinion;
import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.core.web.Answers;
import cn.sifa.enforcement.workflow.WorkflowView;

@Schema(description = "合法性审查")
public record LegalityReviewView(
        @Schema(description = "ID", example = "3c4d5e6f-7a8b-9c0d-1e2f-3a4b5c6d7e8f") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "事项类型", example = "CONTRACT") LegalitySubjectType subjectType,
        @Schema(description = "事项类型名称", example = "政府合同") String subjectTypeLabel,
        @Schema(description = "事项名称", example = "棚户区改造项目合同") String title,
        @Schema(description = "送审单位", example = "开福区住房和城乡建设局") String requestingUnit,
        @Schema(description = "合同金额(元)", example = "120000000.00") BigDecimal amount,
        @Schema(description = "会议日期", example = "null") LocalDate meetingOn,
        @Schema(description = "受理日期", example = "2026-11-10") LocalDate receivedOn,
        @Schema(description = "状态", example = "OPINION_GIVEN") LegalityStatus status,
        @Schema(description = "状态名称", example = "已出具意见") String statusLabel,
        @Schema(description = "审查意见", example = "AMEND") ReviewOpinion opinion,
        @Schema(description = "意见内容", example = "建议修改") String opinionText,
        @Schema(description = "意见日期", example = "2026-11-18") LocalDate opinionOn,
        @Schema(description = "是否采纳", example = "true") Boolean adopted,
        @Schema(description = "采纳登记日期", example = "2026-11-25") LocalDate adoptionOn,
        @Schema(description = "最近一个未完成期限的届满日期(来自 core_deadline),无则为 null", example = "2026-11-25") LocalDate nextDueOn,
        @Schema(description = "法定期限(列表行为空,见详情)") List<DeadlineView> deadlines,
        @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作") List<String> allowedActions,
        @Schema(description = "流程记录(列表行为空,见详情)") List<TransitionView> history,
        @Deprecated @Schema(description = "已废弃,保留一个版本:与顶层 allowedActions、deadlines、overdue、history 相同", deprecated = true) WorkflowView workflow,
        @Schema(description = "版本(ETag)", example = "1") long version) implements Answers.Versioned {
}
