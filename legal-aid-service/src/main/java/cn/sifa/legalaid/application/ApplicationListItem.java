package cn.sifa.legalaid.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidMatter;

/** An application in a list: the same status, next due date and overdue flag as its detail; ID and phone masked. */
@Schema(name = "LegalAidApplicationListItem", description = "法律援助申请列表行")
public record ApplicationListItem(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "申请编号", example = "开福援申〔2026〕8号") String applicationNo,
        @Schema(description = "承办工作人员", example = "legalaid") String handler,
        @Schema(description = "申请人", example = "王某") String applicantName,
        @Schema(description = "身份证号码(已脱敏)", example = "430105********1234") String applicantIdNumber,
        @Schema(description = "联系电话(已脱敏)", example = "138****8000") String applicantPhone,
        @Schema(description = "案件类别", example = "CIVIL") AidCategory category,
        @Schema(description = "案件类别名称", example = "民事") String categoryLabel,
        @Schema(description = "援助事项", example = "LABOUR_REMUNERATION") AidMatter matter,
        @Schema(description = "援助事项名称", example = "请求支付劳动报酬") String matterLabel,
        @Schema(description = "申请渠道", example = "WINDOW") ApplicationChannel channel,
        @Schema(description = "收到申请日期", example = "2026-12-01") LocalDate receivedOn,
        @Schema(description = "状态", example = "UNDER_REVIEW") ApplicationStatus status,
        @Schema(description = "状态名称", example = "审查中") String statusLabel,
        @Schema(description = "审查决定日期", example = "2026-12-03") LocalDate decidedOn,
        @Schema(description = "最近一个未完成期限的届满日期,无则为 null", example = "2026-12-08") LocalDate nextDueOn,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作", example = "[\"decision\"]") List<String> allowedActions,
        @Schema(description = "版本(ETag)", example = "1") long version) {
}
