package cn.sifa.correction.assessment;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.correction.subject.SubjectKind;

/** A row of the assessment list: identity always masked. */
@Schema(name = "CorrectionInvestigationListItem", description = "调查评估列表行")
public record InvestigationListItem(
        @Schema(description = "ID") UUID id,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "委托机关", example = "长沙市开福区人民法院") String commissioningAuthority,
        @Schema(description = "委托机关类别", example = "COURT") AuthorityType authorityType,
        @Schema(description = "委托机关类别名称", example = "人民法院") String authorityTypeLabel,
        @Schema(description = "被调查评估人姓名(未成年人脱敏)", example = "李明") String personName,
        @Schema(description = "身份证号码(脱敏)", example = "430105********1234") String idNumber,
        @Schema(description = "拟适用类别", example = "PROBATION") SubjectKind proposedKind,
        @Schema(description = "是否速裁", example = "false") boolean expedited,
        @Schema(description = "收到委托日期", example = "2026-12-01") LocalDate receivedOn,
        @Schema(description = "状态", example = "COMMISSIONED") InvestigationStatus status,
        @Schema(description = "状态名称", example = "已受托") String statusLabel,
        @Schema(description = "是否适宜社区矫正", example = "true") Boolean suitable,
        @Schema(description = "最近的未届满期限", example = "2026-12-15") LocalDate nextDueOn,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "承办人", example = "correction") String assignee) {
}
