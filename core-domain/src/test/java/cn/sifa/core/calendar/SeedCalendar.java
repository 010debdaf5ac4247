package cn.sifa.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The schedule of the seed migration V1_03, read from the same file, for plain unit tests without a database. */
public final class SeedCalendar {

    private static final String SEED = "db/migration/core/V1_03__holidays.sql";
    private static final Pattern DAY = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|MAKEUP_WORKDAY)', '([^']*)'\\)");
    private static final Pattern YEAR = Pattern.compile("\\((\\d{4}), '([^']*)'\\)");

    private static HolidayCalendar calendar;

    private SeedCalendar() {
    }

    public static synchronized HolidayCalendar get() {
        if (calendar == null) {
            String sql = read();
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
            calendar = HolidayCalendar.of(days, years);
        }
        return calendar;
    }

    private static String read() {
        try (InputStream in = SeedCalendar.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
