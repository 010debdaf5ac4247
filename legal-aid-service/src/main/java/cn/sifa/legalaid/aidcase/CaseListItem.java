package cn.sifa.legalaid.aidcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A case in a list: the same status, next due date and overdue flag as its detail; ID and phone masked. */
@Schema(name = "LegalAidCaseListItem", description = "法律援助案件列表行")
public record CaseListItem(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "案号", example = "开福援〔2026〕12号") String caseNo,
        @Schema(description = "承办工作人员", example = "legalaid") String handler,
        @Schema(description = "来源", example = "NOTIFICATION") CaseSource source,
        @Schema(description = "来源名称", example = "通知辩护/代理") String sourceLabel,
        @Schema(description = "受援人", example = "张某") String clientName,
        @Schema(description = "身份证号码(已脱敏)", example = "430105********2345") String clientIdNumber,
        @Schema(description = "联系电话(已脱敏)", example = "138****8000") String clientPhone,
        @Schema(description = "案件类别", example = "CRIMINAL") AidCategory category,
        @Schema(description = "案件类别名称", example = "刑事") String categoryLabel,
        @Schema(description = "援助事项", example = "CRIMINAL_DEFENCE") AidMatter matter,
        @Schema(description = "援助事项名称", example = "刑事辩护") String matterLabel,
        @Schema(description = "通知情形", example = "LIFE_OR_DEATH") NotificationGround notificationGround,
        @Schema(description = "立案日期", example = "2026-09-30") LocalDate openedOn,
        @Schema(description = "状态", example = "ASSIGNED") CaseStatus status,
        @Schema(description = "状态名称", example = "已指派") String statusLabel,
        @Schema(description = "法律援助人员", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID providerId,
        @Schema(description = "法律援助人员姓名", example = "李律师") String providerName,
        @Schema(description = "指派日期", example = "2026-10-08") LocalDate assignedOn,
        @Schema(description = "挽回经济损失(元)", example = "38600.00") BigDecimal recoveredAmount,
        @Schema(description = "结案日期", example = "2026-12-01") LocalDate closedOn,
        @Schema(description = "最近一个未完成期限的届满日期,无则为 null", example = "2026-10-08") LocalDate nextDueOn,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作", example = "[\"assign\"]") List<String> allowedActions,
        @Schema(description = "版本(ETag)", example = "1") long version) {
}
