package cn.sifa.bench.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working days by the same rule as the platform's DeadlineCalculator (STATUTES.md §0), from the same table:
 * {@code core_holiday} HOLIDAY days are rest days, MAKEUP_WORKDAY days are working days, otherwise Saturday and
 * Sunday rest. Years without a published schedule fall back to the weekend rule alone.
 */
final class WorkingCalendar {

    private final Map<LocalDate, Boolean> overrides;

    private WorkingCalendar(Map<LocalDate, Boolean> overrides) {
        this.overrides = overrides;
    }

    static WorkingCalendar load(Connection c) throws SQLException {
        Map<LocalDate, Boolean> map = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT day, kind FROM sifa.core_holiday")) {
            while (rs.next()) {
                map.put(rs.getDate(1).toLocalDate(), "MAKEUP_WORKDAY".equals(rs.getString(2)));
            }
        }
        return new WorkingCalendar(map);
    }

    int publishedDays() {
        return overrides.size();
    }

    boolean isWorkingDay(LocalDate d) {
        Boolean o = overrides.get(d);
        if (o != null) {
            return o;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    List<LocalDate> workingDays(LocalDate fromInclusive, LocalDate toInclusive) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = fromInclusive; !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** The start day is not counted. */
    LocalDate plusWorkingDays(LocalDate anchor, int n) {
        LocalDate d = anchor;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** A calendar-day period whose last day is a rest day ends on the next working day. */
    LocalDate plusCalendarDays(LocalDate anchor, int n) {
        return nextWorkingDayFrom(anchor.plusDays(n));
    }

    LocalDate nextWorkingDayFrom(LocalDate d) {
        LocalDate x = d;
        while (!isWorkingDay(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    /** The n-th working day after {@code d}, capped at {@code cap} (dates never run into the future). */
    LocalDate afterWorkingDays(LocalDate d, int n, LocalDate cap) {
        LocalDate r = plusWorkingDays(d, n);
        return r.isAfter(cap) ? cap : r;
    }
}
