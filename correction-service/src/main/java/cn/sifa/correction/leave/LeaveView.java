package cn.sifa.correction.leave;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;

@Schema(name = "CorrectionLeaveView", description = "外出申请")
public record LeaveView(
        @Schema(description = "ID") UUID id,
        @Schema(description = "版本(ETag)", example = "0") long version,
        @Schema(description = "社区矫正对象 ID") UUID subjectId,
        @Schema(description = "种类", example = "SINGLE") LeaveKind kind,
        @Schema(description = "种类名称", example = "单次外出") String kindLabel,
        @Schema(description = "目的地", example = "湖南省株洲市荷塘区") String destination,
        @Schema(description = "事由", example = "探望病重的母亲") String reason,
        @Schema(description = "外出开始日期", example = "2026-12-10") LocalDate from,
        @Schema(description = "外出结束日期(含)", example = "2026-12-16") LocalDate to,
        @Schema(description = "外出天数", example = "7") int days,
        @Schema(description = "含前两个月已批准外出的累计天数", example = "7") int cumulativeDays,
        @Schema(description = "应由哪一级审批(计算得出)", example = "JUSTICE_OFFICE") ApproverLevel requiredLevel,
        @Schema(description = "审批层级名称", example = "司法所") String requiredLevelLabel,
        @Schema(description = "申请日期", example = "2026-12-04") LocalDate requestedOn,
        @Schema(description = "状态", example = "REQUESTED") LeaveStatus status,
        @Schema(description = "状态名称", example = "待审批") String statusLabel,
        @Schema(description = "审批人", example = "王所长") String approver,
        @Schema(description = "审批机构层级", example = "JUSTICE_OFFICE") ApproverLevel approverLevel,
        @Schema(description = "决定日期", example = "2026-12-04") LocalDate decidedOn,
        @Schema(description = "审批意见", example = "同意") String decisionComment,
        @Schema(description = "返回报告日期", example = "2026-12-17") LocalDate returnedOn,
        @Schema(description = "最近的未届满期限", example = "2026-12-17") LocalDate nextDueOn,
        @Schema(description = "期限") List<DeadlineView> deadlines,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "当前可执行的操作", example = "[\"approve\",\"refuse\"]") List<String> allowedActions,
        @Schema(description = "流转记录") List<TransitionView> history) implements Answers.Versioned {
}
