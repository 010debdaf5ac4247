package cn.sifa.correction.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "CorrectionEducationView", description = "教育学习或公益活动记录")
public record EducationView(
        @Schema(description = "ID") UUID id,
        @Schema(description = "版本", example = "0") long version,
        @Schema(description = "社区矫正对象 ID") UUID subjectId,
        @Schema(description = "种类", example = "EDUCATION") ActivityKind kind,
        @Schema(description = "种类名称", example = "教育学习") String kindLabel,
        @Schema(description = "教育形式(仅教育学习)", example = "GROUP_EDUCATION") EducationType activityType,
        @Schema(description = "主题或内容", example = "社区矫正法律法规学习") String topic,
        @Schema(description = "地点", example = "开福区社区矫正中心") String place,
        @Schema(description = "日期", example = "2026-12-03") LocalDate heldOn,
        @Schema(description = "时长(小时)", example = "2") BigDecimal hours) {
}
