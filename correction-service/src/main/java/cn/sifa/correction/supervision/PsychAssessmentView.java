package cn.sifa.correction.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "CorrectionPsychAssessmentView", description = "社区矫正对象的一次心理评估")
public record PsychAssessmentView(
        @Schema(description = "ID") UUID id,
        @Schema(description = "版本", example = "0") long version,
        @Schema(description = "社区矫正对象 ID") UUID subjectId,
        @Schema(description = "评估日期", example = "2026-12-03") LocalDate assessedOn,
        @Schema(description = "评估人", example = "王芳(心理咨询师)") String assessor,
        @Schema(description = "评估工具", example = "SCL-90") String instrument,
        @Schema(description = "风险等级", example = "LOW") PsychRiskLevel riskLevel,
        @Schema(description = "风险等级名称", example = "低") String riskLevelLabel,
        @Schema(description = "评估结论", example = "心理状态总体平稳") String conclusion,
        @Schema(description = "建议", example = "每季度复评") String recommendation,
        @Schema(description = "登记人", example = "correction") String createdBy,
        @Schema(description = "登记时间", example = "2026-12-03T09:30:00Z") Instant createdAt) {
}
