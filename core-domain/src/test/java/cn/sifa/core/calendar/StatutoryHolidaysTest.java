package cn.sifa.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** 全国年节及纪念日放假办法's holidays, from the lunar calendar and solar terms of cn.6tail:lunar. */
class StatutoryHolidaysTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theThirteenStatutoryDaysOf2027() {
        assertThat(StatutoryHolidays.of(2027)).containsExactly(
                entry(d("2027-01-01"), "元旦"),
                entry(d("2027-02-05"), "春节"),   // 除夕
                entry(d("2027-02-06"), "春节"),   // 正月初一
                entry(d("2027-02-07"), "春节"),
                entry(d("2027-02-08"), "春节"),   // 初三
                entry(d("2027-04-05"), "清明节"),
                entry(d("2027-05-01"), "劳动节"),
                entry(d("2027-05-02"), "劳动节"),
                entry(d("2027-06-09"), "端午节"),
                entry(d("2027-09-15"), "中秋节"),
                entry(d("2027-10-01"), "国庆节"),
                entry(d("2027-10-02"), "国庆节"),
                entry(d("2027-10-03"), "国庆节"));
    }

    @Test
    void aLunarHolidayMayFallOnAnotherHoliday() {
        // 中秋 2028 is 3 October: the same day as the third day of 国庆; 春节 2028 begins with 除夕 on 25 January.
        assertThat(StatutoryHolidays.of(2028)).hasSize(12).containsEntry(d("2028-10-03"), "国庆节")
                .containsEntry(d("2028-01-25"), "春节").containsEntry(d("2028-04-04"), "清明节");
    }

    @Test
    void thePublishedSchedulesOf2025And2026ContainEveryStatutoryDay() {
        // 2025 is the first year of the revised 办法 (除夕 became a holiday); 2024's schedule predates it.
        for (int year = 2025; year <= 2026; year++) {
            StatutoryHolidays.of(year).keySet().forEach(day ->
                    assertThat(SeedCalendar.get().isRestDay(day)).as(day.toString()).isTrue());
        }
    }
}
