package cn.sifa.core.audit;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "操作日志")
public record AuditEventView(
        @Schema(description = "序号", example = "1024") long id,
        @Schema(description = "发生时间", example = "2026-11-22T09:30:00+08:00") OffsetDateTime occurredAt,
        @Schema(description = "操作人(用户名或客户端 ID)", example = "kaifu-admin") String actor,
        @Schema(description = "操作人类型 STAFF|CLIENT|SYSTEM|ANONYMOUS", example = "STAFF") String actorKind,
        @Schema(description = "操作人所在区划", example = "430105") String actorDivision,
        @Schema(description = "操作", example = "organization.update") String action,
        @Schema(description = "对象类型", example = "organization") String targetType,
        @Schema(description = "对象 ID", example = "3f1c2a4e-8b7d-4c21-9a0e-2b5d6f7a8c90") String targetId,
        @Schema(description = "对象所属区划", example = "430105") String divisionCode,
        @Schema(description = "说明", example = "修改 长沙市开福区法律援助中心") String detail,
        @Schema(description = "请求 ID", example = "b7c1e0f2a9d84e3c") String requestId,
        @Schema(description = "客户端 IP", example = "10.0.3.17") String clientIp) {
}
