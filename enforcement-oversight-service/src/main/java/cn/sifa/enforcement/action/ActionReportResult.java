package cn.sifa.enforcement.action;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "批量报送结果")
public record ActionReportResult(
        @Schema(description = "新增记录数", example = "9980") int accepted,
        @Schema(description = "按 (agencyId, externalRef) 更新的已有记录数", example = "12") int updated,
        @Schema(description = "被拒记录数(未写入任何内容)", example = "8") int rejected,
        @Schema(description = "被拒记录的错误,每条记录可有多个") List<RecordError> errors) {
}
