package cn.sifa.correction.transfer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

public final class TransferRequests {

    private TransferRequests() {
    }

    @Schema(name = "CorrectionTransferRequest", description = "申请变更执行地(提前一个月)")
    public record ApplyRequest(
            @Schema(description = "新执行地行政区划代码", example = "331122") @NotBlank(message = "新执行地不能为空")
            @Pattern(regexp = "\\d{6}|\\d{9}", message = "行政区划代码应为6位或9位数字") String newDivisionCode,
            @Schema(description = "新执行地社区矫正机构", example = "缙云县社区矫正管理局") @NotBlank(message = "新执行地社区矫正机构不能为空") @Size(max = 100) String newAgency,
            @Schema(description = "新居住地", example = "浙江省丽水市缙云县五云街道") @NotBlank(message = "新居住地不能为空") @Size(max = 200) String newResidence,
            @Schema(description = "理由", example = "随家人迁居") @NotBlank(message = "理由不能为空") @Size(max = 500) String reason,
            @Schema(description = "申请日期,默认今天", example = "2026-12-04") LocalDate appliedOn,
            @Schema(description = "拟迁居日期(不早于申请后一个月)", example = "2027-01-10") @NotNull(message = "拟迁居日期不能为空") LocalDate plannedMoveOn) {
    }

    @Schema(name = "CorrectionTransferStepRequest", description = "执行地变更的一步(征求意见、移交档案、报到)")
    public record StepRequest(
            @Schema(description = "日期,默认今天", example = "2026-12-07") LocalDate on) {
    }

    @Schema(name = "CorrectionTransferReplyRequest", description = "新执行地反馈意见")
    public record ReplyRequest(
            @Schema(description = "是否同意接收", example = "true") @NotNull(message = "请说明是否同意接收") Boolean agreed,
            @Schema(description = "意见", example = "经核实居住地属实,同意接收") @Size(max = 500) String comment,
            @Schema(description = "反馈日期,默认今天", example = "2026-12-10") LocalDate on) {
    }

    @Schema(name = "CorrectionTransferDecisionRequest", description = "执行地变更决定")
    public record DecisionRequest(
            @Schema(description = "是否同意变更", example = "true") @NotNull(message = "请说明是否同意变更") Boolean approved,
            @Schema(description = "意见", example = "同意变更执行地") @Size(max = 500) String comment,
            @Schema(description = "决定日期,默认今天", example = "2026-12-11") LocalDate on) {
    }
}
