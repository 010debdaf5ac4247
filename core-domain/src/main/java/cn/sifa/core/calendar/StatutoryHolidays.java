package cn.sifa.core.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

/**
 * The public holidays fixed by 全国年节及纪念日放假办法 (国务院令第798号, in force 2025-01-01) for every year, before
 * the State Council publishes that year's schedule: 元旦 1 January; 春节 from 除夕 to 正月初三; 清明 (the solar
 * term); 劳动节 1–2 May; 端午 (五月初五); 中秋 (八月十五); 国庆 1–3 October. Only the 调休 arrangement (bridging
 * days and make-up workdays) is unknown until the schedule comes out, which is why a date in such a year stays
 * provisional. Lunar dates and solar terms come from {@code cn.6tail:lunar}, not from a hand-written table.
 */
public final class StatutoryHolidays {

    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private StatutoryHolidays() {
    }

    /** The statutory holidays of {@code year}, day → name, in date order. */
    public static Map<LocalDate, String> of(int year) {
        return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    public static boolean isHoliday(LocalDate day) {
        return of(day.getYear()).containsKey(day);
    }

    private static Map<LocalDate, String> compute(int year) {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        days.put(LocalDate.of(year, 1, 1), "元旦");
        // 除夕 is the last day of the lunar year before 正月初一; 春节 of the next lunar year may begin on 31 Dec
        // of this year only in theory (正月初一 falls between 21 Jan and 20 Feb), so both lunar years are asked.
        for (int lunarYear = year; lunarYear <= year + 1; lunarYear++) {
            LocalDate newYear = date(Lunar.fromYmd(lunarYear, 1, 1).getSolar());
            for (LocalDate d = newYear.minusDays(1); !d.isAfter(newYear.plusDays(2)); d = d.plusDays(1)) {
                if (d.getYear() == year) {
                    days.put(d, "春节");
                }
            }
        }
        days.put(date(Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable().get("清明")), "清明节");
        days.put(LocalDate.of(year, 5, 1), "劳动节");
        days.put(LocalDate.of(year, 5, 2), "劳动节");
        days.put(date(Lunar.fromYmd(year, 5, 5).getSolar()), "端午节");
        days.put(date(Lunar.fromYmd(year, 8, 15).getSolar()), "中秋节");
        days.put(LocalDate.of(year, 10, 1), "国庆节");
        days.put(LocalDate.of(year, 10, 2), "国庆节");
        days.put(LocalDate.of(year, 10, 3), "国庆节");
        Map<LocalDate, String> sorted = new java.util.TreeMap<>(days);
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
