package cn.sifa.review.reconsideration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A reconsideration in a list: the same status, next due date and overdue flag as its detail. */
@Schema(name = "ReconsiderationListItem", description = "行政复议案件列表行")
public record ReconsiderationListItem(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "承办人", example = "kaifu-fuyi") String assignee,
        @Schema(description = "申请人(身份证号码、电话脱敏;不含地址)") List<PartyView> applicants,
        @Schema(description = "被申请人", example = "某县市场监督管理局") String respondentName,
        @Schema(description = "行政行为类别", example = "PENALTY") ActCategory actCategory,
        @Schema(description = "行政行为类别名称", example = "行政处罚") String actCategoryLabel,
        @Schema(description = "收到申请日期", example = "2026-11-02") LocalDate receivedOn,
        @Schema(description = "是否可能超过申请期限", example = "false") boolean late,
        @Schema(description = "状态", example = "ACCEPTED") ReconsiderationStatus status,
        @Schema(description = "状态名称", example = "已受理") String statusLabel,
        @Schema(description = "视为受理", example = "false") boolean deemedAccepted,
        @Schema(description = "审理程序", example = "ORDINARY") ReviewProcedure procedure,
        @Schema(description = "结果", example = "REVOKE") ReconsiderationOutcome outcome,
        @Schema(description = "结果名称", example = "撤销") String outcomeLabel,
        @Schema(description = "结案日期", example = "2026-12-02") LocalDate concludedOn,
        @Schema(description = "重大、疑难、复杂", example = "false") boolean majorComplex,
        @Schema(description = "附带审查进行中", example = "false") boolean normativeReviewPending,
        @Schema(description = "最近一个未完成期限的届满日期,无则为 null", example = "2027-01-04") LocalDate nextDueOn,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作", example = "[\"copy-sent\"]") List<String> allowedActions,
        @Schema(description = "版本(ETag)", example = "2") long version) {
}
