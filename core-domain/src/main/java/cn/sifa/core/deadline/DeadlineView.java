package cn.sifa.core.deadline;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A deadline as every record shows it (CONVENTIONS: {@code deadlines:[{kind,dueDate,basis,metOn}]}). */
@Schema(description = "法定期限")
public record DeadlineView(
        @Schema(description = "期限种类(规则代码)", example = "MEDIATION_TIME_LIMIT") String kind,
        @Schema(description = "期限名称", example = "调解期限") String label,
        @Schema(description = "届满日期", example = "2026-12-22") LocalDate dueDate,
        @Schema(description = "法律依据", example = "地方实践:一般在30日内调解结束") String basis,
        @Schema(description = "履行日期,未履行为 null", example = "2026-12-01") LocalDate metOn,
        @Schema(description = "状态:PENDING 未到期, DUE_SOON 3个工作日内到期, OVERDUE 已逾期, MET 按期, MISSED 逾期完成, CANCELLED 不再适用",
                example = "PENDING") DeadlineStatus status,
        @Schema(description = "届满日超出已公布的节假日安排,日期暂定", example = "false") boolean provisional) {
}
