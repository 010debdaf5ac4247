package cn.sifa.core.error;

import io.swagger.v3.oas.annotations.media.Schema;

/** One invalid field in a 400 answer. */
@Schema(description = "字段错误")
public record FieldErrorDetail(
        @Schema(description = "字段路径", example = "parties[0].idNumber") String field,
        @Schema(description = "错误代码", example = "invalid-id-number") String code,
        @Schema(description = "中文说明", example = "身份证号码校验位不正确") String message) {
}
