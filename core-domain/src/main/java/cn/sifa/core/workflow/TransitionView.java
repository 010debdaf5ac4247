package cn.sifa.core.workflow;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "流程记录")
public record TransitionView(
        @Schema(description = "操作", example = "accept") String action,
        @Schema(description = "原状态,创建时为 null", example = "REGISTERED") String fromState,
        @Schema(description = "新状态", example = "ACCEPTED") String toState,
        @Schema(description = "业务发生日期", example = "2026-11-20") LocalDate occurredOn,
        @Schema(description = "操作人(登录名或客户端 ID)", example = "kaifu-mediation") String actor,
        @Schema(description = "录入时间", example = "2026-11-20T09:30:00Z") Instant recordedAt,
        @Schema(description = "备注", example = "双方同意调解") String comment,
        @Schema(description = "操作人姓名", example = "张三") String actorName) {
}
