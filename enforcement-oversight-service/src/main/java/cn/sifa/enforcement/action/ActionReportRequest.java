package cn.sifa.enforcement.action;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "执法数据批量报送(每次至多 10000 条)")
public record ActionReportRequest(
        @Schema(description = "执法主体 ID", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") @NotNull UUID agencyId,
        @ArraySchema(schema = @Schema(implementation = ActionRecord.class), maxItems = ActionIngest.MAX_BATCH,
                arraySchema = @Schema(description = "执法行为记录")) @NotNull List<ActionRecord> actions) {
}
