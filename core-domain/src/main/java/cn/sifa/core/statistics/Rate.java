package cn.sifa.core.statistics;

import io.swagger.v3.oas.annotations.media.Schema;

/** A rate as CONVENTIONS want it: the fraction 0..1 with its numerator and denominator beside it. */
@Schema(description = "比率:分子、分母与比率")
public record Rate(@Schema(description = "分子", example = "49") long numerator,
                   @Schema(description = "分母", example = "52") long denominator,
                   @Schema(description = "比率 0..1,分母为 0 时为 null", example = "0.9423") Double fraction) {

    public static Rate of(long numerator, long denominator) {
        return new Rate(numerator, denominator,
                denominator == 0 ? null : Math.round(numerator * 10000.0 / denominator) / 10000.0);
    }
}
