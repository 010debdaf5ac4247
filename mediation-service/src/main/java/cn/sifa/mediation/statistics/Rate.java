package cn.sifa.mediation.statistics;

import io.swagger.v3.oas.annotations.media.Schema;

/** A rate as CONVENTIONS want it: the fraction with its numerator and denominator beside it. */
@Schema(name = "MediationRate", description = "比率")
public record Rate(@Schema(description = "分子", example = "3386") long numerator,
                   @Schema(description = "分母", example = "3400") long denominator,
                   @Schema(description = "比率 0..1,分母为 0 时为 null", example = "0.9959") Double fraction) {

    public static Rate of(long numerator, long denominator) {
        return new Rate(numerator, denominator,
                denominator == 0 ? null : Math.round(numerator * 10000.0 / denominator) / 10000.0);
    }
}
