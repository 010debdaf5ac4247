package cn.sifa.enforcement.filereview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

public final class FileReviewRequests {

    private FileReviewRequests() {
    }

    @Schema(description = "评查项目")
    public record ItemRequest(
            @Schema(description = "代码", example = "EVIDENCE") @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9_]+", message = "代码只能包含大写字母、数字和下划线") String code,
            @Schema(description = "名称", example = "事实清楚,证据确凿") @NotBlank @Size(max = 200) String label,
            @Schema(description = "最高扣分", example = "25") @NotNull @DecimalMin(value = "0.5") @DecimalMax("100") @Digits(integer = 3, fraction = 1) BigDecimal maxDeduction) {
    }

    @Schema(description = "制定评查计划")
    public record PlanRequest(
            @Schema(description = "行政区划,默认调用方所在区划", example = "430105") String divisionCode,
            @Schema(description = "名称", example = "2026年度行政执法案卷集中评查") @NotBlank @Size(max = 100) String name,
            @Schema(description = "案卷决定日期起", example = "2026-01-01") @NotNull LocalDate periodFrom,
            @Schema(description = "案卷决定日期止", example = "2026-06-30") @NotNull LocalDate periodTo,
            @Schema(description = "每个执法主体的抽取比例(0..1]", example = "0.05") @NotNull @DecimalMin(value = "0.0001") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal sampleShare,
            @Schema(description = "随机种子(不填则生成并记录,同一种子抽取结果可复现)", example = "20260101") Long seed,
            @Schema(description = "优秀最低分,默认90", example = "90") @DecimalMin("0") @DecimalMax("100") BigDecimal excellentMin,
            @Schema(description = "合格最低分,默认60", example = "60") @DecimalMin("0") @DecimalMax("100") BigDecimal passMin,
            @Schema(description = "评查项目(不填则用默认清单)") @Size(max = 50) List<@Valid @NotNull ItemRequest> checklist) {
    }

    @Schema(description = "抽取案卷")
    public record SampleRequest(
            @Schema(description = "抽取日期,默认今天", example = "2026-07-05") LocalDate sampledOn) {
    }

    @Schema(description = "扣分")
    public record DeductionRequest(
            @Schema(description = "评查项目代码", example = "EVIDENCE") @NotBlank String itemCode,
            @Schema(description = "扣分", example = "5") @NotNull @DecimalMin(value = "0.5") @Digits(integer = 3, fraction = 1) BigDecimal points,
            @Schema(description = "说明", example = "现场检查笔录无当事人签字") @Size(max = 500) String note) {
    }

    @Schema(description = "评分(交叉评查)")
    public record ScoreRequest(
            @Schema(description = "评查人员(须为其他执法主体的人员)", example = "6a1f0d7e-2a43-4b3e-8d6c-0f9e8d7c6b5a") @NotNull UUID reviewerId,
            @Schema(description = "扣分项") @NotNull @Size(max = 50) List<@Valid @NotNull DeductionRequest> deductions,
            @Schema(description = "评分日期,默认今天", example = "2026-07-10") LocalDate scoredOn) {
    }

    @Schema(description = "通报评查结果")
    public record NotifyRequest(
            @Schema(description = "通报日期,默认今天", example = "2026-07-15") LocalDate notifiedOn) {
    }

    @Schema(description = "报告整改")
    public record RectifyRequest(
            @Schema(description = "整改情况", example = "已补正笔录签字并组织学习") @NotBlank @Size(max = 2000) String note,
            @Schema(description = "整改日期,默认今天", example = "2026-08-01") LocalDate rectifiedOn) {
    }

    @Schema(description = "办结")
    public record CloseRequest(
            @Schema(description = "办结日期,默认今天", example = "2026-08-05") LocalDate closedOn) {
    }
}
