package cn.sifa.review.litigation;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "AccountabilityView", description = "败诉责任追究")
public record AccountabilityView(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "被追责人", example = "王某") String person,
        @Schema(description = "职务", example = "法制科科长") String position,
        @Schema(description = "处理方式", example = "ADMONISHMENT") AccountabilityMeasure measure,
        @Schema(description = "处理方式名称", example = "诫勉") String measureLabel,
        @Schema(description = "决定日期", example = "2026-12-20") LocalDate decidedOn,
        @Schema(description = "说明", example = "未按期举证导致败诉") String note) {
}
