package cn.sifa.enforcement.action;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Excel 导入任务进度")
public record ImportJobView(
        @Schema(description = "任务 ID", example = "9a0b1c2d-3e4f-5a6b-7c8d-9e0f1a2b3c4d") UUID id,
        @Schema(description = "执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID agencyId,
        @Schema(description = "文件名", example = "2026年11月执法数据.xlsx") String filename,
        @Schema(description = "状态:QUEUED 排队中, RUNNING 导入中, DONE 已完成, FAILED 失败", example = "RUNNING") ImportStatus status,
        @Schema(description = "数据行数", example = "12000") int total,
        @Schema(description = "已处理行数", example = "5000") int processed,
        @Schema(description = "新增", example = "4990") int accepted,
        @Schema(description = "更新", example = "0") int updated,
        @Schema(description = "被拒", example = "10") int rejected,
        @Schema(description = "失败原因(整体失败时)", example = "null") String failure,
        @Schema(description = "创建时间") Instant createdAt,
        @Schema(description = "完成时间") Instant finishedAt) {
}
