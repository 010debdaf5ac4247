package cn.sifa.core.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import cn.sifa.core.calendar.HolidayCalendar;
import cn.sifa.core.calendar.StatutoryCalendar;

/**
 * The counting rules of STATUTES.md §0 (民事诉讼法 Art 85, 行政复议法 Art 88) over the published holiday schedule:
 * <ul>
 *   <li>the day the period starts (the anchor) is never counted;</li>
 *   <li>WORKING_DAY: count forward over working days only (make-up Saturdays count, holidays and plain
 *       weekends do not);</li>
 *   <li>CALENDAR_DAY: anchor + N days; MONTH: the same date N months later, clamped to the month's end; in both,
 *       if that day is a rest day the period ends on the next working day;</li>
 *   <li>HOUR: counted from the moment, no holiday extension.</li>
 * </ul>
 * A result is provisional when a year whose schedule decides it is not published yet.
 */
@Component
public class CalendarDeadlineCalculator implements DeadlineCalculator {

    /** Longest run of rest days there can be (春节 plus two weekends is 9); anything longer is broken data. */
    private static final int MAX_REST_RUN = 60;

    private final Supplier<HolidayCalendar> calendar;

    @Autowired
    public CalendarDeadlineCalculator(StatutoryCalendar calendar) {
        this((Supplier<HolidayCalendar>) calendar);
    }

    public CalendarDeadlineCalculator(Supplier<HolidayCalendar> calendar) {
        this.calendar = calendar;
    }

    /** A calculator over a fixed schedule (tests, recomputation with a schedule not yet committed). */
    public static CalendarDeadlineCalculator over(HolidayCalendar calendar) {
        return new CalendarDeadlineCalculator(() -> calendar);
    }

    @Override
    public DueDate due(LocalDate anchor, int amount, DeadlineUnit unit) {
        if (anchor == null || unit == null) {
            throw new IllegalArgumentException("anchor and unit are required");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        HolidayCalendar cal = calendar.get();
        return switch (unit) {
            case CALENDAR_DAY -> endingOnAWorkingDay(cal, anchor.plusDays(amount));
            case MONTH -> endingOnAWorkingDay(cal, anchor.plusMonths(amount));
            case WORKING_DAY -> countWorkingDays(cal, anchor, amount);
            // A date-only anchor may be any time of that day: the period ends, at the latest, on the day
            // anchor + ceil(hours / 24), which is the date we store. Hours are never extended.
            case HOUR -> new DueDate(anchor.plusDays((amount + 23L) / 24), false);
        };
    }

    @Override
    public LocalDateTime dueAt(LocalDateTime anchor, int hours) {
        if (hours <= 0) {
            throw new IllegalArgumentException("hours must be positive: " + hours);
        }
        return anchor.plusHours(hours);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return calendar.get().isWorkingDay(day);
    }

    /**
     * Working days in (today, due] when due is later; 0 when due is today; when due has passed, minus the
     * working days in (due, today], but at least -1, so that a past date is always negative.
     */
    @Override
    public int workingDaysUntil(LocalDate today, LocalDate due) {
        HolidayCalendar cal = calendar.get();
        if (due.isAfter(today)) {
            return countBetween(cal, today, due);
        }
        if (due.isEqual(today)) {
            return 0;
        }
        return -Math.max(1, countBetween(cal, due, today));
    }

    private static DueDate endingOnAWorkingDay(HolidayCalendar cal, LocalDate nominal) {
        LocalDate end = nominal;
        int guard = 0;
        while (cal.isRestDay(end)) {
            end = end.plusDays(1);
            if (++guard > MAX_REST_RUN) {
                throw new IllegalStateException("节假日数据异常:自 " + nominal + " 起超过 " + MAX_REST_RUN + " 天没有工作日");
            }
        }
        return new DueDate(end, !cal.allPublished(nominal.getYear(), end.getYear()));
    }

    private static DueDate countWorkingDays(HolidayCalendar cal, LocalDate anchor, int amount) {
        LocalDate day = anchor;
        int counted = 0;
        int rest = 0;
        while (counted < amount) {
            day = day.plusDays(1);
            if (cal.isWorkingDay(day)) {
                counted++;
                rest = 0;
            } else if (++rest > MAX_REST_RUN) {
                throw new IllegalStateException("节假日数据异常:自 " + day.minusDays(rest) + " 起超过 " + MAX_REST_RUN + " 天没有工作日");
            }
        }
        return new DueDate(day, !cal.allPublished(anchor.plusDays(1).getYear(), day.getYear()));
    }

    private static int countBetween(HolidayCalendar cal, LocalDate exclusiveFrom, LocalDate inclusiveTo) {
        int n = 0;
        for (LocalDate d = exclusiveFrom.plusDays(1); !d.isAfter(inclusiveTo); d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
