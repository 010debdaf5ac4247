package cn.sifa.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import cn.sifa.core.calendar.ClockConfiguration;

/**
 * The core {@link Clock} of every test: fixed at {@link #DEFAULT_TODAY} 10:00 Beijing time, so that no test depends on
 * the machine's date, and settable by a test that needs another "today" ({@link #setToday}). Reset it after use
 * ({@link #reset}) when a test moves it: the application context, and with it the clock, is shared between tests.
 */
public class TestClock extends Clock {

    /** A Friday; the working days around it are ordinary (no holiday within two weeks). */
    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 12, 4);

    private volatile Instant now;

    public TestClock() {
        reset();
    }

    public void setToday(LocalDate today) {
        now = ZonedDateTime.of(today, LocalTime.of(10, 0), ClockConfiguration.CHINA).toInstant();
    }

    /** Moves the clock on by {@code by} (for what counts seconds or minutes, not days). */
    public void advance(java.time.Duration by) {
        now = now.plus(by);
    }

    public void reset() {
        setToday(DEFAULT_TODAY);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, ClockConfiguration.CHINA);
    }

    @Override
    public ZoneId getZone() {
        return ClockConfiguration.CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
