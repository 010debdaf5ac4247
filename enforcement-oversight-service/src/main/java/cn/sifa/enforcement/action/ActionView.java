package cn.sifa.enforcement.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "已报送的执法行为")
public record ActionView(
        @Schema(description = "ID", example = "3f2a9c1e-7b6d-4e5f-8a9b-0c1d2e3f4a5b") UUID id,
        @Schema(description = "执法主体 ID", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID agencyId,
        @Schema(description = "执法主体名称", example = "长沙市开福区市场监督管理局") String agencyName,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "记录编号", example = "KFSJ-CF-2026-00012") String externalRef,
        @Schema(description = "执法行为类别", example = "PENALTY") EnforcementActType actType,
        @Schema(description = "类别名称", example = "行政处罚") String actTypeLabel,
        @Schema(description = "决定日期", example = "2026-03-02") LocalDate decidedOn,
        @Schema(description = "当事人", example = "长沙某某餐饮有限公司") String partyName,
        @Schema(description = "统一社会信用代码", example = "91350100M000100Y43") String partyCreditCode,
        @Schema(description = "处罚种类", example = "[\"FINE\"]") List<PenaltyKind> penaltyKinds,
        @Schema(description = "金额(元)", example = "5000.00") BigDecimal amount,
        @Schema(description = "是否重大执法决定", example = "false") boolean major,
        @Schema(description = "法制审核日期", example = "2026-02-27") LocalDate legalReviewedOn,
        @Schema(description = "公示日期", example = "2026-03-06") LocalDate publicizedOn,
        @Schema(description = "是否全过程音像记录", example = "true") boolean recordedAudioVisual,
        @Schema(description = "应公示截止日(7或20个工作日)", example = "2026-03-11") LocalDate publicationDueOn,
        @Schema(description = "应公示截止日暂定:其所在年度的节假日安排尚未公布,公布后重新计算", example = "false") boolean publicationDueProvisional,
        @Schema(description = "是否按时公示;未公示且未到期为 null", example = "true") Boolean publishedOnTime,
        @Schema(description = "版本", example = "0") long version) implements cn.sifa.core.web.Answers.Versioned {
}
