package cn.sifa.review.litigation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.review.reconsideration.ActCategory;

/** A lawsuit in a list: the same status, next due date and overdue flag as its detail. */
@Schema(name = "LitigationListItem", description = "行政应诉案件列表行")
public record LitigationListItem(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "承办人", example = "kaifu-yingsu") String assignee,
        @Schema(description = "法院", example = "长沙市开福区人民法院") String court,
        @Schema(description = "法院案号", example = "(2026)湘0105行初123号") String courtCaseNo,
        @Schema(description = "审级", example = "FIRST") Instance instance,
        @Schema(description = "原告", example = "张三") String plaintiff,
        @Schema(description = "被诉行政行为类别", example = "PENALTY") ActCategory actCategory,
        @Schema(description = "收到起诉状副本日期", example = "2026-11-02") LocalDate summonsReceivedOn,
        @Schema(description = "状态", example = "DEFENCE_FILED") LitigationStatus status,
        @Schema(description = "状态名称", example = "已答辩举证") String statusLabel,
        @Schema(description = "负责人已出庭", example = "true") boolean headAppeared,
        @Schema(description = "裁判结果", example = "REJECT") LitigationOutcome outcome,
        @Schema(description = "最近一个未完成期限的届满日期,无则为 null", example = "2026-11-17") LocalDate nextDueOn,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作", example = "[\"hearings\"]") List<String> allowedActions,
        @Schema(description = "版本(ETag)", example = "2") long version) {
}
