package cn.sifa.core.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.sifa.core.calendar.ClockConfiguration;
import cn.sifa.core.error.ValidationException;

/**
 * The date rule of every workflow step (CONVENTIONS), once for all services: a step's date defaults to today and
 * may be back-dated, but is never in the future ({@code date-in-future}), never before the record was received
 * ({@code date-before-received}) and never before the previous step ({@code date-before-previous-step}).
 */
public final class StepDates {

    public static final ZoneId ZONE = ClockConfiguration.CHINA;

    private StepDates() {
    }

    /** Today by the given clock (the core {@link Clock} bean where a caller has it, so that tests can fix time). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /**
     * @param field        request field the date came from, for the 400's error list
     * @param on           the step's date, already defaulted
     * @param receivedOn   when the record was received
     * @param previousStep date of the latest earlier step (may equal receivedOn)
     */
    public static void check(ValidationException.Collector errors, String field, LocalDate on, LocalDate today,
                             LocalDate receivedOn, LocalDate previousStep) {
        if (on.isAfter(today)) {
            errors.add(field, "date-in-future", "日期 " + on + " 不能晚于今天(" + today + ")");
        } else if (receivedOn != null && on.isBefore(receivedOn)) {
            errors.add(field, "date-before-received", "日期 " + on + " 不能早于收案日期 " + receivedOn);
        } else if (previousStep != null && on.isBefore(previousStep)) {
            errors.add(field, "date-before-previous-step", "日期 " + on + " 不能早于上一环节日期 " + previousStep);
        }
    }

    public static void require(String field, LocalDate on, LocalDate today, LocalDate receivedOn, LocalDate previousStep) {
        ValidationException.Collector errors = new ValidationException.Collector();
        check(errors, field, on, today, receivedOn, previousStep);
        errors.throwIfAny();
    }

    /** A date that is not a step (e.g. when the dispute arose, when performance is due) may not be in the future only where said. */
    public static void notInFuture(ValidationException.Collector errors, String field, LocalDate on, LocalDate today) {
        if (on != null && on.isAfter(today)) {
            errors.add(field, "date-in-future", "日期 " + on + " 不能晚于今天(" + today + ")");
        }
    }

    /**
     * The step's date, or {@code today} if none was given; not in the future and not before the previous step,
     * which is named in the message ({@code previousLabel}, e.g. 申请日期). Throws the 400 at once.
     */
    public static LocalDate of(String field, LocalDate given, LocalDate today, LocalDate previousStep, String previousLabel) {
        LocalDate on = given == null ? today : given;
        ValidationException.Collector errors = new ValidationException.Collector();
        check(errors, field, on, today, previousStep, previousLabel);
        errors.throwIfAny();
        return on;
    }

    /** As {@link #of} for a date that may be absent (nothing to check then), collecting instead of throwing. */
    public static void check(ValidationException.Collector errors, String field, LocalDate on, LocalDate today,
                             LocalDate previousStep, String previousLabel) {
        if (on == null) {
            return;
        }
        if (on.isAfter(today)) {
            errors.add(field, "date-in-future", "日期 " + on + " 不能晚于今天(" + today + ")");
        } else if (previousStep != null && on.isBefore(previousStep)) {
            errors.add(field, "date-before-previous-step", "日期 " + on + " 不能早于" + previousLabel + " " + previousStep);
        }
    }
}
