package cn.sifa.correction.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "CorrectionCheckInView", description = "社区矫正对象的一次报告")
public record CheckInView(
        @Schema(description = "ID") UUID id,
        @Schema(description = "社区矫正对象 ID") UUID subjectId,
        @Schema(description = "报告种类", example = "REGULAR") CheckInType type,
        @Schema(description = "报告种类名称", example = "定期报告") String typeLabel,
        @Schema(description = "报告日期", example = "2026-12-03") LocalDate checkedInOn,
        @Schema(description = "情况", example = "电话报告,工作生活正常") String note,
        @Schema(description = "登记人", example = "correction") String createdBy,
        @Schema(description = "登记时间", example = "2026-12-03T09:30:00Z") Instant createdAt) {
}
