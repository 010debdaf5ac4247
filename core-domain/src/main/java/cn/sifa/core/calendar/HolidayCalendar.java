package cn.sifa.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An immutable snapshot of the published schedule. A day is a rest day when it is an official holiday, or a
 * Saturday/Sunday that is not a make-up workday; every other day is a working day. In a year that is not
 * published, the statutory holidays of 全国年节及纪念日放假办法 ({@link StatutoryHolidays}) are rest days as well;
 * only its 调休 days are unknown, which is why dates in such a year are only provisional.
 */
public final class HolidayCalendar {

    private final Map<LocalDate, HolidayKind> days;
    private final NavigableSet<Integer> publishedYears;

    private HolidayCalendar(Map<LocalDate, HolidayKind> days, Collection<Integer> publishedYears) {
        this.days = Collections.unmodifiableMap(new HashMap<>(days));
        this.publishedYears = Collections.unmodifiableNavigableSet(new TreeSet<>(publishedYears));
    }

    public static HolidayCalendar of(Map<LocalDate, HolidayKind> days, Collection<Integer> publishedYears) {
        return new HolidayCalendar(days, publishedYears);
    }

    public static HolidayCalendar empty() {
        return new HolidayCalendar(Map.of(), java.util.List.of());
    }

    public boolean isRestDay(LocalDate day) {
        HolidayKind kind = days.get(day);
        if (kind != null) {
            return kind == HolidayKind.HOLIDAY;
        }
        if (!publishedYears.contains(day.getYear()) && StatutoryHolidays.isHoliday(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate day) {
        return !isRestDay(day);
    }

    public Optional<HolidayKind> kindOf(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }

    public boolean isPublished(int year) {
        return publishedYears.contains(year);
    }

    /** Whether every year from {@code fromYear} to {@code toYear} (inclusive) is published. */
    public boolean allPublished(int fromYear, int toYear) {
        for (int y = fromYear; y <= toYear; y++) {
            if (!publishedYears.contains(y)) {
                return false;
            }
        }
        return true;
    }

    public NavigableSet<Integer> publishedYears() {
        return publishedYears;
    }

    public Optional<Integer> lastPublishedYear() {
        return publishedYears.isEmpty() ? Optional.empty() : Optional.of(publishedYears.last());
    }

    /** This calendar with {@code year}'s entries replaced by {@code entries} and the year marked published. */
    public HolidayCalendar withYear(int year, Map<LocalDate, HolidayKind> entries) {
        Map<LocalDate, HolidayKind> merged = new HashMap<>(days);
        merged.keySet().removeIf(d -> d.getYear() == year);
        entries.forEach((day, kind) -> {
            if (day.getYear() != year) {
                throw new IllegalArgumentException(day + " 不属于 " + year + " 年");
            }
            merged.put(day, kind);
        });
        TreeSet<Integer> years = new TreeSet<>(publishedYears);
        years.add(year);
        return new HolidayCalendar(merged, years);
    }
}
