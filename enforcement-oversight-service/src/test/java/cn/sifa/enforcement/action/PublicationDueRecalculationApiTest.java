package cn.sifa.enforcement.action;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.sifa.core.calendar.HolidayEntry;
import cn.sifa.core.calendar.HolidayKind;
import cn.sifa.core.calendar.StatutoryCalendar;
import cn.sifa.enforcement.EnforcementApiTest;

/** The 公示 due date of an action follows the holiday calendar: published or corrected, the dates and the rate move with it. */
class PublicationDueRecalculationApiTest extends EnforcementApiTest {

    @Autowired
    StatutoryCalendar calendar;

    @Test
    void aCorrectedHolidayYearMovesTheDueDatesAndThePublicationRate() throws Exception {
        UUID agency = agency(kaifu);
        postJson(kaifu, API + "/action-reports", ActionReportApiTest.batch(agency, List.of(
                // penalty decided Fri 20 Nov: 7 working days end Tue 1 Dec; publicized Wed 2 Dec, one day late
                ActionReportApiTest.record("P-1", "PENALTY", "2026-11-20", "\"penaltyKinds\":[\"WARNING\"],\"publicizedOn\":\"2026-12-02\""),
                // an inspection decided today: its 20 working days run into 2027, whose schedule is not published
                ActionReportApiTest.record("P-2", "INSPECTION", "2026-12-04", null))))
                .andExpect(jsonPath("$.accepted").value(2));
        String rate = API + "/three-systems?agencyId=" + agency + "&from=2026-11-01&to=2026-11-30";
        getJson(kaifu, rate).andExpect(jsonPath("$.publication.numerator").value(0)).andExpect(jsonPath("$.publication.denominator").value(1));
        getJson(kaifu, API + "/actions?agencyId=" + agency + "&sort=externalRef,asc")
                .andExpect(jsonPath("$.content[0].publicationDueOn").value("2026-12-01"))
                .andExpect(jsonPath("$.content[0].publicationDueProvisional").value(false))
                .andExpect(jsonPath("$.content[0].publishedOnTime").value(false))
                .andExpect(jsonPath("$.content[1].publicationDueProvisional").value(true));

        List<HolidayEntry> published = calendar.entriesOf(2026);
        List<HolidayEntry> corrected = new ArrayList<>(published);
        corrected.add(new HolidayEntry(LocalDate.of(2026, 11, 25), HolidayKind.HOLIDAY, "更正测试"));
        try {
            calendar.replaceYear(2026, "test correction", corrected);
            getJson(kaifu, API + "/actions?agencyId=" + agency + "&sort=externalRef,asc")
                    .andExpect(jsonPath("$.content[0].publicationDueOn").value("2026-12-02"))
                    .andExpect(jsonPath("$.content[0].publishedOnTime").value(true));
            getJson(kaifu, rate).andExpect(jsonPath("$.publication.numerator").value(1)).andExpect(jsonPath("$.publication.denominator").value(1));
        } finally {
            calendar.replaceYear(2026, "chinese-days@1.5.7", published);
        }
        getJson(kaifu, API + "/actions?agencyId=" + agency + "&sort=externalRef,asc")
                .andExpect(jsonPath("$.content[0].publicationDueOn").value("2026-12-01"));
    }
}
