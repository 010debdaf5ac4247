package cn.sifa.enforcement.normative;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.enforcement.workflow.WorkflowView;

/** A normative document in a list: the same status, next due date and overdue flag as its detail. */
@Schema(name = "NormativeDocumentListItem", description = "规范性文件列表行")
public record NormativeDocumentListItem(
        @Schema(description = "ID", example = "2b3c4d5e-6f7a-8b9c-0d1e-2f3a4b5c6d7e") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "标题", example = "开福区城市管理领域轻微违法行为免罚清单") String title,
        @Schema(description = "文号", example = "开政发〔2026〕5号") String documentNo,
        @Schema(description = "制定机关", example = "长沙市开福区人民政府") String issuingBody,
        @Schema(description = "公布日期", example = "2026-10-20") LocalDate publishedOn,
        @Schema(description = "备案日期", example = "2026-11-05") LocalDate filedOn,
        @Schema(description = "是否逾期备案", example = "false") boolean filedLate,
        @Schema(description = "状态", example = "FILED") NormativeStatus status,
        @Schema(description = "状态名称", example = "已备案") String statusLabel,
        @Schema(description = "审查日期", example = "2026-11-20") LocalDate reviewedOn,
        @Schema(description = "审查意见", example = "未发现问题") String reviewOpinion,
        @Schema(description = "纠正报告日期", example = "null") LocalDate correctedOn,
        @Schema(description = "纠正情况", example = "null") String correctionNote,
        @Schema(description = "最近一个未完成期限的届满日期,无则为 null", example = "2026-12-07") LocalDate nextDueOn,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作", example = "[\"review\"]") List<String> allowedActions,
        @Deprecated @Schema(description = "已废弃,保留一个版本:与顶层 allowedActions、overdue 相同", deprecated = true) WorkflowView workflow,
        @Schema(description = "版本(ETag)", example = "0") long version) {
}
