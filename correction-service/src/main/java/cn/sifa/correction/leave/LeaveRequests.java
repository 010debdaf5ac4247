package cn.sifa.correction.leave;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

public final class LeaveRequests {

    private LeaveRequests() {
    }

    @Schema(name = "CorrectionLeaveRequest", description = "外出申请")
    public record ApplyRequest(
            @Schema(description = "种类,默认单次外出", example = "SINGLE") LeaveKind kind,
            @Schema(description = "目的地", example = "湖南省株洲市荷塘区") @NotBlank(message = "目的地不能为空") @Size(max = 200) String destination,
            @Schema(description = "事由", example = "探望病重的母亲") @NotBlank(message = "事由不能为空") @Size(max = 500) String reason,
            @Schema(description = "外出开始日期", example = "2026-12-10") @NotNull(message = "开始日期不能为空") LocalDate from,
            @Schema(description = "外出结束日期(含)", example = "2026-12-16") @NotNull(message = "结束日期不能为空") LocalDate to,
            @Schema(description = "申请日期,默认今天", example = "2026-12-04") LocalDate requestedOn) {
    }

    @Schema(name = "CorrectionLeaveApprovalRequest", description = "批准外出")
    public record ApproveRequest(
            @Schema(description = "审批人", example = "王所长") @NotBlank(message = "审批人不能为空") @Size(max = 100) String approver,
            @Schema(description = "审批机构层级(不得低于计算出的审批层级)", example = "JUSTICE_OFFICE") @NotNull(message = "审批层级不能为空") ApproverLevel approverLevel,
            @Schema(description = "意见", example = "同意,按时返回报告") @Size(max = 500) String comment,
            @Schema(description = "批准日期,默认今天", example = "2026-12-04") LocalDate decidedOn) {
    }

    @Schema(name = "CorrectionLeaveRefusalRequest", description = "不予批准外出")
    public record RefuseRequest(
            @Schema(description = "审批人", example = "王所长") @NotBlank(message = "审批人不能为空") @Size(max = 100) String approver,
            @Schema(description = "理由", example = "外出事由不充分") @NotBlank(message = "理由不能为空") @Size(max = 500) String comment,
            @Schema(description = "决定日期,默认今天", example = "2026-12-04") LocalDate decidedOn) {
    }

    @Schema(name = "CorrectionLeaveReturnRequest", description = "外出返回报告")
    public record ReturnRequest(
            @Schema(description = "返回报告日期,默认今天", example = "2026-12-17") LocalDate returnedOn,
            @Schema(description = "情况", example = "按期返回,当面报告") @Size(max = 500) String note) {
    }
}
