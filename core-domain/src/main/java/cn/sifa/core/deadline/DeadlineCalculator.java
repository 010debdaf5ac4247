package cn.sifa.core.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Counts statutory periods per STATUTES.md §0: the start day is not counted; working days skip weekends and
 * official holidays but count make-up workdays; a calendar-day or month period whose last day is a rest day
 * ends on the next working day.
 */
public interface DeadlineCalculator {

    DueDate due(LocalDate anchor, int amount, DeadlineUnit unit);

    /**
     * A rule's due date: {@link #due} for a procedural period, {@link #expiryOf} for an expiry (a validity period),
     * which is never rolled over to a working day and never provisional.
     */
    default DueDate due(LocalDate anchor, int amount, DeadlineUnit unit, boolean expiry) {
        return expiry ? new DueDate(expiryOf(anchor, amount, unit), false) : due(anchor, amount, unit);
    }

    /**
     * The last day of a validity of {@code amount} {@code unit} whose first day is {@code firstDay} (the first day
     * counts): 3 years from 2023-10-05 end on 2026-10-04, whatever day of the week or holiday that is. An expiry is
     * the date itself: a certificate valid until 3 October is expired on the 4th, not after the holiday.
     */
    static LocalDate expiryOf(LocalDate firstDay, int amount, DeadlineUnit unit) {
        if (firstDay == null || unit == null) {
            throw new IllegalArgumentException("first day and unit are required");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        return switch (unit) {
            case CALENDAR_DAY -> firstDay.plusDays(amount - 1L);
            case MONTH -> firstDay.plusMonths(amount).minusDays(1);
            case WORKING_DAY, HOUR -> throw new IllegalArgumentException("an expiry counts calendar days or months, not " + unit);
        };
    }

    /** For HOUR periods (e.g. 24 h): counted from the instant, no holiday extension. */
    LocalDateTime dueAt(LocalDateTime anchor, int hours);

    boolean isWorkingDay(LocalDate day);

    /** Working days from today (exclusive) to {@code due} (inclusive); negative when past. */
    int workingDaysUntil(LocalDate today, LocalDate due);

    /** @param provisional the date lies beyond the last year whose holiday schedule is published */
    record DueDate(LocalDate date, boolean provisional) {
    }
}
