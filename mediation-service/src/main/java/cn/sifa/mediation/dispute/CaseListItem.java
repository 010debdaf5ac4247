package cn.sifa.mediation.dispute;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A row of the case list: ID numbers are always masked here. */
@Schema(name = "MediationCaseListItem", description = "调解案件列表行")
public record CaseListItem(
        @Schema(description = "ID") UUID id,
        @Schema(description = "案号", example = "开福调〔2026〕12号") String caseNo,
        @Schema(description = "状态", example = "MEDIATING") CaseStatus status,
        @Schema(description = "状态名称", example = "调解中") String statusLabel,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "纠纷来源", example = "COURT_REFERRAL") CaseSource source,
        @Schema(description = "纠纷来源名称", example = "法院委派(诉前调解)") String sourceLabel,
        @Schema(description = "纠纷类型", example = "NEIGHBOUR") DisputeType disputeType,
        @Schema(description = "纠纷类型名称", example = "邻里纠纷") String disputeTypeLabel,
        @Schema(description = "纠纷简要情况", example = "排水沟堵塞引发争执") String summary,
        @Schema(description = "收案日期", example = "2026-11-20") LocalDate receivedOn,
        @Schema(description = "当事人(身份证号脱敏)") List<CaseView.PartyView> parties,
        @Schema(description = "最近的未届满期限", example = "2026-12-21") LocalDate nextDueOn,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "承办人", example = "kaifu-mediator") String assignee) {
}
