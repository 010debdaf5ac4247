package cn.sifa.core.statistics;

import java.time.LocalDate;

import cn.sifa.core.error.ValidationException;

/**
 * The period of every statistics endpoint ({@code from}, {@code to}, both inclusive), with one default for all
 * services: the current year to date, that is from 1 January of {@code to}'s year to today. A {@code to} before
 * {@code from} is a 400 ({@code date-order}).
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    public static StatisticsPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw ValidationException.of("to", "date-order", "截止日期 " + end + " 不能早于起始日期 " + start);
        }
        return new StatisticsPeriod(start, end);
    }

    /** The same period one year earlier, for growth against the same period last year (同比). */
    public StatisticsPeriod yearBefore() {
        return new StatisticsPeriod(from.minusYears(1), to.minusYears(1));
    }
}
