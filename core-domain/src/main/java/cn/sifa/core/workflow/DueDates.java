package cn.sifa.core.workflow;

import java.time.LocalDate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import cn.sifa.core.deadline.DeadlineCalculator;

/**
 * The one definition of "overdue" and "due soon" for every list, filter, count and notification: overdue is an open
 * deadline whose due date has passed; due soon is an open deadline due within the next 3 working days (today
 * included, SERVICE-CHECKLIST: reminders 3 working days ahead). Both read {@code core_deadline}.
 */
@Component
public class DueDates {

    /** SQL of a record's earliest open due date, for {@link WorkflowEntity#getNextDueOn()}. */
    public static final String NEXT_DUE_SQL =
            "(select min(d.due_date) from core_deadline d where d.record_id = id and d.status = 'OPEN')";

    /** Working days ahead that count as "due soon". */
    public static final int DUE_SOON_WORKING_DAYS = 3;

    private final DeadlineCalculator calculator;

    public DueDates(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    /** The last day that is still "due soon" seen from {@code today}: the third working day after it. */
    public LocalDate dueSoonUntil(LocalDate today) {
        LocalDate day = today;
        int counted = 0;
        while (counted < DUE_SOON_WORKING_DAYS) {
            day = day.plusDays(1);
            if (calculator.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Records with an open deadline that has passed ({@code true}), or with none ({@code false}); null: no filter. */
    public static <T extends WorkflowEntity> Specification<T> overdue(Boolean overdue, LocalDate today) {
        if (overdue == null) {
            return null;
        }
        return (root, query, cb) -> overdue
                ? cb.lessThan(root.<LocalDate>get("nextDueOn"), today)
                : cb.or(cb.isNull(root.get("nextDueOn")), cb.greaterThanOrEqualTo(root.<LocalDate>get("nextDueOn"), today));
    }

    /** Records whose earliest open deadline falls from today to {@link #dueSoonUntil}; null or false: no filter. */
    public <T extends WorkflowEntity> Specification<T> dueSoon(Boolean dueSoon, LocalDate today) {
        if (!Boolean.TRUE.equals(dueSoon)) {
            return null;
        }
        LocalDate until = dueSoonUntil(today);
        return (root, query, cb) -> cb.between(root.<LocalDate>get("nextDueOn"), today, until);
    }
}
