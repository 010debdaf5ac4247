package cn.sifa.mediation.support;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.sifa.core.error.ValidationException;

/**
 * The date rule of every workflow step (CONVENTIONS): the date defaults to today and may be back-dated, but is
 * never in the future, never before the record was received and never before the previous step.
 */
public final class StepDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private StepDates() {
    }

    /** Today in China, the calendar bureaus work by. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
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
}
