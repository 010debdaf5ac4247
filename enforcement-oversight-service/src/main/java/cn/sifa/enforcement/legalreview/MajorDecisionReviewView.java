package cn.sifa.enforcement.legalreview;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.enforcement.workflow.WorkflowView;

@Schema(description = "重大执法决定法制审核")
public record MajorDecisionReviewView(
        @Schema(description = "ID", example = "7c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID agencyId,
        @Schema(description = "案件名称", example = "某公司无证经营案") String caseTitle,
        @Schema(description = "当事人", example = "长沙某某建材有限公司") String partyName,
        @Schema(description = "执法数据记录编号", example = "KFSJ-CF-2026-00012") String actionRef,
        @Schema(description = "审核情形", example = "MAJOR_RIGHTS_HEARING") ReviewReason reason,
        @Schema(description = "提交日期", example = "2026-11-16") LocalDate submittedOn,
        @Schema(description = "状态", example = "REVIEWING") MajorReviewStatus status,
        @Schema(description = "状态名称", example = "审核中") String statusLabel,
        @Schema(description = "审核人员", example = "6a1f0d7e-2a43-4b3e-8d6c-0f9e8d7c6b5a") UUID reviewerId,
        @Schema(description = "开始审核日期", example = "2026-11-17") LocalDate reviewStartedOn,
        @Schema(description = "意见日期", example = "2026-11-20") LocalDate opinionOn,
        @Schema(description = "意见内容", example = "同意") String opinionText,
        @Schema(description = "最近一个未完成期限的届满日期(来自 core_deadline),无则为 null", example = "2026-11-23") LocalDate nextDueOn,
        @Schema(description = "法定期限") List<DeadlineView> deadlines,
        @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作(POST /major-decision-reviews/{id}/{action})", example = "[\"give-opinion\"]") List<String> allowedActions,
        @Schema(description = "流程记录(时间线)") List<TransitionView> history,
        @Deprecated @Schema(description = "已废弃,保留一个版本:与顶层 allowedActions、deadlines、overdue、history 相同", deprecated = true) WorkflowView workflow,
        @Schema(description = "版本(ETag)", example = "1") long version) implements Answers.Versioned {
}
