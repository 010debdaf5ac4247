package cn.sifa.core.calendar;

/**
 * A year's schedule was added or replaced (published after commit). Whoever stored dates computed with the
 * old calendar recomputes them with {@code calendar}, the schedule as committed.
 */
public record HolidayYearPublished(int year, HolidayCalendar calendar) {
}
