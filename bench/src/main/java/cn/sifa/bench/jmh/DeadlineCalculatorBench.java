package cn.sifa.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import cn.sifa.core.calendar.HolidayCalendar;
import cn.sifa.core.calendar.HolidayKind;
import cn.sifa.core.deadline.CalendarDeadlineCalculator;
import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineUnit;

/**
 * The platform's deadline calculator over the seeded holiday schedule (db/migration/core/V1_03, read from the
 * classpath as the database would be filled): anchors spread over 2024–2026, including the 春节 and 国庆 weeks.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeadlineCalculatorBench {

    private static final Pattern DAY = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|MAKEUP_WORKDAY)', '[^']*'\\)");
    private static final Pattern YEAR = Pattern.compile("\\((\\d{4}), '[^']*'\\)");

    private DeadlineCalculator calculator;
    private LocalDate[] anchors;
    private int i;

    @Setup
    public void setUp() throws IOException {
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/core/V1_03__holidays.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<LocalDate, HolidayKind> days = new HashMap<>();
        Matcher d = DAY.matcher(sql);
        while (d.find()) {
            days.put(LocalDate.parse(d.group(1)), HolidayKind.valueOf(d.group(2)));
        }
        List<Integer> years = new ArrayList<>();
        Matcher y = YEAR.matcher(sql);
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        calculator = CalendarDeadlineCalculator.over(HolidayCalendar.of(days, years));
        anchors = new LocalDate[1024];
        for (int k = 0; k < anchors.length; k++) {
            anchors[k] = LocalDate.of(2024, 1, 1).plusDays((k * 7919L) % (3 * 365 - 90));
        }
    }

    @Benchmark
    public DeadlineCalculator.DueDate workingDays15() {
        return calculator.due(anchors[i++ & 1023], 15, DeadlineUnit.WORKING_DAY);
    }

    @Benchmark
    public DeadlineCalculator.DueDate workingDays60() {
        return calculator.due(anchors[i++ & 1023], 60, DeadlineUnit.WORKING_DAY);
    }

    @Benchmark
    public DeadlineCalculator.DueDate calendarDays30() {
        return calculator.due(anchors[i++ & 1023], 30, DeadlineUnit.CALENDAR_DAY);
    }

    @Benchmark
    public DeadlineCalculator.DueDate months2() {
        return calculator.due(anchors[i++ & 1023], 2, DeadlineUnit.MONTH);
    }
}
