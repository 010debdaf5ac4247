package cn.sifa.core.calendar;

import java.time.LocalDate;

/** One day of a year's schedule as an admin submits it. */
public record HolidayEntry(LocalDate day, HolidayKind kind, String name) {
}
