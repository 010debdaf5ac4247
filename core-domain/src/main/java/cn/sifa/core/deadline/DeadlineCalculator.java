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

    /** For HOUR periods (e.g. 24 h): counted from the instant, no holiday extension. */
    LocalDateTime dueAt(LocalDateTime anchor, int hours);

    boolean isWorkingDay(LocalDate day);

    /** Working days from today (exclusive) to {@code due} (inclusive); negative when past. */
    int workingDaysUntil(LocalDate today, LocalDate due);

    /** @param provisional the date lies beyond the last year whose holiday schedule is published */
    record DueDate(LocalDate date, boolean provisional) {
    }
}
