package cn.sifa.core.deadline;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.error.ValidationException;

@Schema(description = "某省对期限规则的设置;未给出的名称和起算事件沿用全国默认规则")
record DeadlineRuleOverrideRequest(
        @Schema(description = "期限数量,正整数", example = "30", requiredMode = Schema.RequiredMode.REQUIRED) Integer amount,
        @Schema(description = "单位:CALENDAR_DAY 日,WORKING_DAY 工作日,MONTH 月,HOUR 小时", example = "CALENDAR_DAY",
                requiredMode = Schema.RequiredMode.REQUIRED) String unit,
        @Schema(description = "依据(本省文件名称或\"地方实践\")", example = "《湖南省人民调解工作规定》第二十条",
                requiredMode = Schema.RequiredMode.REQUIRED) String basis,
        @Schema(description = "期限名称,默认沿用全国规则", example = "调解期限") String label,
        @Schema(description = "起算事件,默认沿用全国规则", example = "受理") String anchorEvent) {

    static final int MAX_AMOUNT = 3650;

    /** The unit, once every field has been checked (all problems reported at once). */
    DeadlineUnit validate() {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (amount == null) {
            errors.add("amount", "required", "请填写期限数量");
        } else if (amount <= 0 || amount > MAX_AMOUNT) {
            errors.add("amount", "range", "期限数量必须在 1 到 " + MAX_AMOUNT + " 之间");
        }
        DeadlineUnit parsed = null;
        if (unit == null || unit.isBlank()) {
            errors.add("unit", "required", "请填写单位");
        } else {
            try {
                parsed = DeadlineUnit.valueOf(unit.trim());
            } catch (IllegalArgumentException e) {
                errors.add("unit", "invalid-code", "单位 " + unit + " 无效,只能是 CALENDAR_DAY、WORKING_DAY、MONTH 或 HOUR");
            }
        }
        if (basis == null || basis.isBlank()) {
            errors.add("basis", "required", "请填写依据");
        } else if (basis.length() > 300) {
            errors.add("basis", "too-long", "依据不能超过 300 个字符");
        }
        if (label != null && (label.isBlank() || label.length() > 100)) {
            errors.add("label", "too-long", "期限名称须为 1 到 100 个字符");
        }
        if (anchorEvent != null && (anchorEvent.isBlank() || anchorEvent.length() > 100)) {
            errors.add("anchorEvent", "too-long", "起算事件须为 1 到 100 个字符");
        }
        errors.throwIfAny();
        return parsed;
    }
}
