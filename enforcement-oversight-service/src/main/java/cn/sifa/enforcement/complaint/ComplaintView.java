package cn.sifa.enforcement.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.core.web.Answers;
import cn.sifa.enforcement.workflow.WorkflowView;

@Schema(description = "执法投诉")
public record ComplaintView(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "被投诉的执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID agencyId,
        @Schema(description = "投诉人", example = "王女士") String complainantName,
        @Schema(description = "联系电话", example = "13800138000") String complainantPhone,
        @Schema(description = "投诉内容", example = "执法人员检查时未出示执法证件") String summary,
        @Schema(description = "受理日期", example = "2026-11-02") LocalDate receivedOn,
        @Schema(description = "状态", example = "INVESTIGATING") ComplaintStatus status,
        @Schema(description = "状态名称", example = "调查中") String statusLabel,
        @Schema(description = "承办人", example = "kaifu-jiandu") String assignee,
        @Schema(description = "开始调查日期", example = "2026-11-03") LocalDate investigationStartedOn,
        @Schema(description = "调查认定", example = "程序违法") String finding,
        @Schema(description = "监督文书种类", example = "SUPERVISION_OPINION") SupervisionDocumentType documentType,
        @Schema(description = "监督文书名称", example = "执法监督意见书") String documentTypeLabel,
        @Schema(description = "文书编号", example = "开司监意〔2026〕3号") String documentNo,
        @Schema(description = "文书送达日期", example = "2026-11-12") LocalDate documentIssuedOn,
        @Schema(description = "整改报告", example = "已整改") String rectificationReport,
        @Schema(description = "整改报告日期", example = "2026-12-01") LocalDate reportedOn,
        @Schema(description = "办理结果", example = "RECTIFIED") ComplaintOutcome outcome,
        @Schema(description = "办结日期", example = "2026-12-05") LocalDate closedOn,
        @Schema(description = "最近一个未完成期限的届满日期(来自 core_deadline),无则为 null", example = "2026-12-15") LocalDate nextDueOn,
        @Schema(description = "法定期限") List<DeadlineView> deadlines,
        @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作(POST /complaints/{id}/{action})", example = "[\"issue-document\",\"close\"]") List<String> allowedActions,
        @Schema(description = "流程记录(时间线)") List<TransitionView> history,
        @Deprecated @Schema(description = "已废弃,保留一个版本:与顶层 allowedActions、deadlines、overdue、history 相同", deprecated = true) WorkflowView workflow,
        @Schema(description = "版本(ETag)", example = "2") long version) implements Answers.Versioned {
}
