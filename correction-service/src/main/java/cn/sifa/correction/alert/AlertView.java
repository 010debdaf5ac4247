package cn.sifa.correction.alert;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** One alert about a subject or a released person; it names no identity (open the record to see who). */
@Schema(name = "CorrectionAlertView", description = "社区矫正预警")
public record AlertView(
        @Schema(description = "社区矫正对象 ID(刑满释放人员的预警为空)") UUID subjectId,
        @Schema(description = "预警所涉记录 ID(社区矫正对象或刑满释放人员)") UUID recordId,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "预警种类", example = "LOST_CONTACT") AlertType type,
        @Schema(description = "预警种类名称", example = "脱管") String typeLabel,
        @Schema(description = "相关日期(届满日、脱管起始日或期满日)", example = "2026-12-01") LocalDate date,
        @Schema(description = "门户页面", example = "/correction/subjects/0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") String link) {
}
