package cn.sifa.enforcement.action;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One reported action. Codes and dates arrive as text so that a bad value rejects this record only (with its
 * index and field), never the whole batch.
 */
@Schema(description = "执法行为记录")
public record ActionRecord(
        @Schema(description = "报送单位的记录编号(同一执法主体内唯一,重复报送即更新)", example = "KFSJ-CF-2026-00012", maxLength = 64) String externalRef,
        @Schema(description = "执法行为类别 EnforcementActType", example = "PENALTY") String actType,
        @Schema(description = "决定日期", type = "string", format = "date", example = "2026-03-02") String decidedOn,
        @Schema(description = "当事人名称", example = "长沙某某餐饮有限公司", maxLength = 200) String partyName,
        @Schema(description = "当事人统一社会信用代码(可选)", example = "91350100M000100Y43") String partyCreditCode,
        @Schema(description = "处罚种类 PenaltyKind(仅行政处罚)", example = "[\"WARNING\",\"FINE\"]") List<String> penaltyKinds,
        @Schema(description = "金额(元,至多两位小数;含罚款时必填)", example = "5000.00") BigDecimal amount,
        @Schema(description = "是否重大执法决定", example = "false") Boolean major,
        @Schema(description = "法制审核日期", type = "string", format = "date", example = "2026-02-27") String legalReviewedOn,
        @Schema(description = "公示日期", type = "string", format = "date", example = "2026-03-06") String publicizedOn,
        @Schema(description = "是否全过程音像记录", example = "true") Boolean recordedAudioVisual) {
}
