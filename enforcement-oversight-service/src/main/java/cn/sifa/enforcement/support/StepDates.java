package cn.sifa.enforcement.support;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.sifa.core.error.ValidationException;

/**
 * CONVENTIONS: a step's date defaults to today, may be back-dated, but is never in the future, before the record
 * was received, or before the previous step.
 */
public final class StepDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private StepDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The step's date, or today; checked against the future and the earlier date. */
    public static LocalDate of(String field, LocalDate given, LocalDate notBefore, String notBeforeLabel) {
        LocalDate on = given == null ? today() : given;
        ValidationException.Collector errors = new ValidationException.Collector();
        check(errors, field, on, notBefore, notBeforeLabel);
        errors.throwIfAny();
        return on;
    }

    public static void check(ValidationException.Collector errors, String field, LocalDate on, LocalDate notBefore,
                             String notBeforeLabel) {
        if (on == null) {
            return;
        }
        if (on.isAfter(today())) {
            errors.add(field, "future-date", "日期不能晚于今天");
        } else if (notBefore != null && on.isBefore(notBefore)) {
            errors.add(field, "date-order", "日期不能早于" + notBeforeLabel + "(" + notBefore + ")");
        }
    }
}
