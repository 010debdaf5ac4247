package cn.sifa.correction.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;

@Schema(name = "CorrectionTransferView", description = "执行地变更")
public record TransferView(
        @Schema(description = "ID") UUID id,
        @Schema(description = "版本(ETag)", example = "0") long version,
        @Schema(description = "社区矫正对象 ID") UUID subjectId,
        @Schema(description = "新执行地行政区划代码", example = "331122") String newDivisionCode,
        @Schema(description = "新执行地社区矫正机构", example = "缙云县社区矫正管理局") String newAgency,
        @Schema(description = "新居住地", example = "浙江省丽水市缙云县五云街道") String newResidence,
        @Schema(description = "理由", example = "随家人迁居") String reason,
        @Schema(description = "申请日期", example = "2026-12-04") LocalDate appliedOn,
        @Schema(description = "拟迁居日期", example = "2027-01-10") LocalDate plannedMoveOn,
        @Schema(description = "状态", example = "APPLIED") TransferStatus status,
        @Schema(description = "状态名称", example = "已申请") String statusLabel,
        @Schema(description = "征求意见日期", example = "2026-12-07") LocalDate consultedOn,
        @Schema(description = "新执行地反馈日期", example = "2026-12-10") LocalDate repliedOn,
        @Schema(description = "新执行地是否同意接收", example = "true") Boolean newAgencyAgreed,
        @Schema(description = "决定日期", example = "2026-12-11") LocalDate decidedOn,
        @Schema(description = "决定意见", example = "同意变更执行地") String decisionComment,
        @Schema(description = "档案移交日期", example = "2026-12-14") LocalDate filesSentOn,
        @Schema(description = "到新执行地报到日期", example = "2026-12-16") LocalDate reportedOn,
        @Schema(description = "最近的未届满期限", example = "2026-12-09") LocalDate nextDueOn,
        @Schema(description = "期限") List<DeadlineView> deadlines,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "当前可执行的操作", example = "[\"consult\"]") List<String> allowedActions,
        @Schema(description = "流转记录") List<TransitionView> history) implements Answers.Versioned {
}
