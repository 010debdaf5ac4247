package cn.sifa.enforcement.leniency;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.person.ValidCreditCode;

public final class LeniencyRequests {

    private LeniencyRequests() {
    }

    @Schema(description = "免罚轻罚清单事项")
    public record ItemRequest(
            @Schema(description = "行政区划,默认调用方所在区划", example = "430105") String divisionCode,
            @Schema(description = "制定清单的执法主体(可选)", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID agencyId,
            @Schema(description = "清单类别", example = "NO_PENALTY") @NotNull LeniencyListKind listKind,
            @Schema(description = "违法行为", example = "未按规定公示营业执照") @NotBlank @Size(max = 300) String matter,
            @Schema(description = "法律依据", example = "《中华人民共和国行政处罚法》第三十三条第一款") @NotBlank @Size(max = 500) String legalBasis,
            @Schema(description = "适用条件", example = "首次违法、危害后果轻微并及时改正") @NotBlank @Size(max = 1000) String conditions,
            @Schema(description = "公布日期", example = "2026-03-01") @NotNull LocalDate publishedOn) {
    }

    @Schema(description = "不予处罚决定")
    public record DecisionRequest(
            @Schema(description = "执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") @NotNull UUID agencyId,
            @Schema(description = "适用的清单事项(可选)", example = "5e6f7a8b-9c0d-1e2f-3a4b-5c6d7e8f9a0b") UUID leniencyItemId,
            @Schema(description = "情形:FIRST_OFFENCE 首违不罚, MINOR_NO_HARM 轻微不罚, NO_FAULT 无过错不罚", example = "FIRST_OFFENCE") @NotNull LenientKind kind,
            @Schema(description = "当事人", example = "开福区某某便利店") @NotBlank @Size(max = 200) String partyName,
            @Schema(description = "当事人统一社会信用代码", example = "91350100M000100Y43") @ValidCreditCode String partyCreditCode,
            @Schema(description = "违法行为", example = "未按规定公示营业执照") @NotBlank @Size(max = 500) String violation,
            @Schema(description = "决定日期", example = "2026-11-05") @NotNull LocalDate decidedOn,
            @Schema(description = "改正日期", example = "2026-11-04") LocalDate correctedOn,
            @Schema(description = "已对当事人进行教育(第三十三条第三款,必须为 true)", example = "true") @NotNull @AssertTrue(message = "对当事人不予处罚的,应当对当事人进行教育") Boolean educationGiven,
            @Schema(description = "教育方式", example = "当场说服教育并发放告知书") @NotBlank @Size(max = 200) String educationMethod) {
    }
}
