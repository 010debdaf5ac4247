package cn.sifa.core.deadline;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "期限规则:自锚定事件起算的法定期限")
public record DeadlineRuleView(
        @Schema(description = "规则代码", example = "REVIEW_DECISION") String code,
        @Schema(description = "省级行政区划代码;null 为全国默认规则", example = "430000") String provinceCode,
        @Schema(description = "期限数量", example = "60") int amount,
        @Schema(description = "单位:CALENDAR_DAY 日,WORKING_DAY 工作日,MONTH 月,HOUR 小时", example = "CALENDAR_DAY") DeadlineUnit unit,
        @Schema(description = "单位名称", example = "日") String unitLabel,
        @Schema(description = "有效期届满规则:起算日计入,届满日即为该日本身,不顺延至工作日(如执法证有效期、调委会任期)",
                example = "false") boolean expiry,
        @Schema(description = "起算事件", example = "受理") String anchorEvent,
        @Schema(description = "法律依据", example = "《行政复议法》第六十二条") String basis,
        @Schema(description = "期限名称", example = "复议决定期限") String label,
        @Schema(description = "版本(ETag)", example = "0") long version,
        @Schema(description = "最后修改时间", example = "2026-11-22T01:30:00Z") Instant updatedAt,
        @Schema(description = "最后修改人;迁移脚本写入的为 migration", example = "migration") String updatedBy) {

    static DeadlineRuleView of(DeadlineRule r) {
        return new DeadlineRuleView(r.getCode(), r.getProvinceCode(), r.getAmount(), r.getUnit(), r.getUnit().label(), r.isExpiry(),
                r.getAnchorEvent(), r.getBasis(), r.getLabel(), r.getVersion(), r.getUpdatedAt(), r.getUpdatedBy());
    }
}
