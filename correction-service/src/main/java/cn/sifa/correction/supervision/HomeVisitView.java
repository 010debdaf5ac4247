package cn.sifa.correction.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "CorrectionHomeVisitView", description = "社区矫正对象的一次走访")
public record HomeVisitView(
        @Schema(description = "ID") UUID id,
        @Schema(description = "版本", example = "0") long version,
        @Schema(description = "社区矫正对象 ID") UUID subjectId,
        @Schema(description = "走访日期", example = "2026-12-03") LocalDate visitedOn,
        @Schema(description = "走访人", example = "李明") String visitor,
        @Schema(description = "走访地点", example = "HOME") VisitPlace place,
        @Schema(description = "走访地点名称", example = "家庭") String placeLabel,
        @Schema(description = "走访情况", example = "家庭关系和睦,在本村务农") String findings,
        @Schema(description = "后续措施", example = "下月再次走访") String followUp,
        @Schema(description = "登记人", example = "correction") String createdBy,
        @Schema(description = "登记时间", example = "2026-12-03T09:30:00Z") Instant createdAt) {
}
