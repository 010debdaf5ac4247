package cn.sifa.correction.education;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

public final class EducationRequests {

    private EducationRequests() {
    }

    @Schema(name = "CorrectionEducationRequest", description = "教育学习记录")
    public record EducationRequest(
            @Schema(description = "形式", example = "GROUP_EDUCATION") @NotNull(message = "形式不能为空") EducationType type,
            @Schema(description = "主题", example = "社区矫正法律法规学习") @NotBlank(message = "主题不能为空") @Size(max = 200) String topic,
            @Schema(description = "地点", example = "开福区社区矫正中心") @Size(max = 200) String place,
            @Schema(description = "日期,默认今天", example = "2026-12-03") LocalDate heldOn,
            @Schema(description = "时长(小时,0.5 的倍数亦可)", example = "2") @NotNull(message = "时长不能为空")
            @DecimalMin(value = "0.5", message = "时长至少0.5小时") @DecimalMax(value = "24", message = "时长不超过24小时")
            @Digits(integer = 2, fraction = 1, message = "时长最多一位小数") BigDecimal hours) {
    }

    @Schema(name = "CorrectionCommunityServiceRequest", description = "公益活动记录")
    public record ServiceRequest(
            @Schema(description = "内容", example = "社区环境清扫") @NotBlank(message = "内容不能为空") @Size(max = 200) String content,
            @Schema(description = "地点", example = "四方坪街道") @Size(max = 200) String place,
            @Schema(description = "日期,默认今天", example = "2026-12-03") LocalDate servedOn,
            @Schema(description = "时长(小时)", example = "4") @NotNull(message = "时长不能为空")
            @DecimalMin(value = "0.5", message = "时长至少0.5小时") @DecimalMax(value = "24", message = "时长不超过24小时")
            @Digits(integer = 2, fraction = 1, message = "时长最多一位小数") BigDecimal hours) {
    }
}
