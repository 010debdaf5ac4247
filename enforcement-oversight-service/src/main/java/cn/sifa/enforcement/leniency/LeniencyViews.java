package cn.sifa.enforcement.leniency;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.web.Answers;

public final class LeniencyViews {

    private LeniencyViews() {
    }

    @Schema(description = "免罚轻罚清单事项")
    public record ItemView(
            @Schema(description = "ID", example = "5e6f7a8b-9c0d-1e2f-3a4b-5c6d7e8f9a0b") UUID id,
            @Schema(description = "行政区划", example = "430105") String divisionCode,
            @Schema(description = "执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID agencyId,
            @Schema(description = "清单类别", example = "NO_PENALTY") LeniencyListKind listKind,
            @Schema(description = "类别名称", example = "免罚清单") String listKindLabel,
            @Schema(description = "违法行为", example = "未按规定公示营业执照") String matter,
            @Schema(description = "法律依据", example = "《行政处罚法》第三十三条") String legalBasis,
            @Schema(description = "适用条件", example = "首次违法、及时改正") String conditions,
            @Schema(description = "公布日期", example = "2026-03-01") LocalDate publishedOn,
            @Schema(description = "版本", example = "0") long version) implements Answers.Versioned {
    }

    @Schema(description = "不予处罚决定")
    public record DecisionView(
            @Schema(description = "ID", example = "6f7a8b9c-0d1e-2f3a-4b5c-6d7e8f9a0b1c") UUID id,
            @Schema(description = "行政区划", example = "430105") String divisionCode,
            @Schema(description = "执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID agencyId,
            @Schema(description = "清单事项", example = "5e6f7a8b-9c0d-1e2f-3a4b-5c6d7e8f9a0b") UUID leniencyItemId,
            @Schema(description = "情形", example = "FIRST_OFFENCE") LenientKind kind,
            @Schema(description = "情形名称", example = "首违不罚") String kindLabel,
            @Schema(description = "当事人", example = "开福区某某便利店") String partyName,
            @Schema(description = "统一社会信用代码", example = "91350100M000100Y43") String partyCreditCode,
            @Schema(description = "违法行为", example = "未按规定公示营业执照") String violation,
            @Schema(description = "决定日期", example = "2026-11-05") LocalDate decidedOn,
            @Schema(description = "改正日期", example = "2026-11-04") LocalDate correctedOn,
            @Schema(description = "已教育", example = "true") boolean educationGiven,
            @Schema(description = "教育方式", example = "当场说服教育") String educationMethod,
            @Schema(description = "版本", example = "0") long version) implements Answers.Versioned {
    }
}
