package cn.sifa.correction.leave;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A row of the leave worklist; it names no person (open the subject to see who). */
@Schema(name = "CorrectionLeaveListItem", description = "外出申请列表行")
public record LeaveListItem(
        @Schema(description = "ID") UUID id,
        @Schema(description = "社区矫正对象 ID") UUID subjectId,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "种类", example = "SINGLE") LeaveKind kind,
        @Schema(description = "目的地", example = "湖南省株洲市荷塘区") String destination,
        @Schema(description = "外出开始日期", example = "2026-12-10") LocalDate from,
        @Schema(description = "外出结束日期(含)", example = "2026-12-16") LocalDate to,
        @Schema(description = "外出天数", example = "7") int days,
        @Schema(description = "应由哪一级审批", example = "JUSTICE_OFFICE") ApproverLevel requiredLevel,
        @Schema(description = "审批层级名称", example = "司法所") String requiredLevelLabel,
        @Schema(description = "状态", example = "REQUESTED") LeaveStatus status,
        @Schema(description = "状态名称", example = "待审批") String statusLabel,
        @Schema(description = "最近的未届满期限(返回报告)", example = "2026-12-17") LocalDate nextDueOn,
        @Schema(description = "是否已逾期", example = "false") boolean overdue) {
}
