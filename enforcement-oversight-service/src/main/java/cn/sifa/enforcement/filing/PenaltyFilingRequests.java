package cn.sifa.enforcement.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.enforcement.action.PenaltyKind;

public final class PenaltyFilingRequests {

    private PenaltyFilingRequests() {
    }

    @Schema(description = "重大行政处罚备案")
    public record FileRequest(
            @Schema(description = "执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") @NotNull UUID agencyId,
            @Schema(description = "案件名称", example = "某公司销售不合格产品案") @NotBlank @Size(max = 200) String caseTitle,
            @Schema(description = "当事人", example = "长沙某某贸易有限公司") @NotBlank @Size(max = 200) String partyName,
            @Schema(description = "执法数据记录编号", example = "KFSJ-CF-2026-00031") @Size(max = 64) String actionRef,
            @Schema(description = "处罚种类", example = "[\"FINE\",\"CONFISCATE_GAINS\"]") @NotEmpty List<@NotNull PenaltyKind> penaltyKinds,
            @Schema(description = "金额(元)", example = "200000.00") @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal amount,
            @Schema(description = "处罚决定日期", example = "2026-11-02") @NotNull LocalDate decidedOn,
            @Schema(description = "备案日期,默认今天", example = "2026-11-10") LocalDate filedOn) {
    }

    @Schema(description = "备案审查")
    public record ReviewRequest(
            @Schema(description = "审查结论", example = "NO_ISSUE") @NotNull FilingReviewResult result,
            @Schema(description = "审查意见", example = "程序合法,处罚适当") @NotBlank @Size(max = 2000) String opinion,
            @Schema(description = "审查日期,默认今天", example = "2026-11-18") LocalDate reviewedOn) {
    }

    @Schema(description = "报告纠正情况")
    public record CorrectionRequest(
            @Schema(description = "纠正日期,默认今天", example = "2026-12-01") LocalDate correctedOn,
            @Schema(description = "纠正情况", example = "已撤销原决定并重新作出") @NotBlank @Size(max = 2000) String note) {
    }
}
