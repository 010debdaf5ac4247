package cn.sifa.enforcement.action;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "被拒记录的错误")
public record RecordError(
        @Schema(description = "记录在 actions 中的下标(从 0 开始)", example = "17") int index,
        @Schema(description = "字段", example = "decidedOn") String field,
        @Schema(description = "错误代码", example = "future-date") String code,
        @Schema(description = "中文说明", example = "决定日期不能晚于今天") String message) {
}
