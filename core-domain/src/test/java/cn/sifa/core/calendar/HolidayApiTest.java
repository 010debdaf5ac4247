package cn.sifa.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.deadline.DeadlineTarget;
import cn.sifa.core.deadline.Deadlines;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

@SifaIntegrationTest
@AutoConfigureMockMvc
class HolidayApiTest {

    static final SifaPrincipal ADMIN = TestCallers.staff("330000", Role.SYSTEM_ADMIN);
    static final SifaPrincipal STAFF = TestCallers.staff("330106", Role.REVIEW_STAFF);

    static final String SCHEDULE_2027 = """
            {"source": "测试:2027 年安排",
             "days": [
               {"day": "2027-01-01", "kind": "HOLIDAY", "name": "元旦"},
               {"day": "2027-02-18", "kind": "HOLIDAY", "name": "测试假日"},
               {"day": "2027-02-20", "kind": "MAKEUP_WORKDAY", "name": "测试调休"}
             ]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    StatutoryCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Deadlines deadlines;
    @Autowired
    TransactionTemplate tx;

    static RequestPostProcessor as(SifaPrincipal principal) {
        return authentication(TestCallers.authentication(principal));
    }

    /** 2027 is not published in the seed; whatever a test publishes is taken away again. */
    @AfterEach
    void unpublish2027() {
        jdbc.update("delete from core_holiday where day between '2027-01-01' and '2027-12-31'");
        jdbc.update("delete from core_holiday_year where year = 2027");
        calendar.refresh();
    }

    long rowsOf2027() {
        return jdbc.queryForObject("select count(*) from core_holiday where day between '2027-01-01' and '2027-12-31'", Long.class)
                + jdbc.queryForObject("select count(*) from core_holiday_year where year = 2027", Long.class);
    }

    @Test
    void anyoneSignedInReadsAYearsSchedule() throws Exception {
        mvc.perform(get("/api/core/v1/holidays").param("year", "2025").with(as(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.days.length()").value(33))
                .andExpect(jsonPath("$.days[0].day").value("2025-01-01"))
                .andExpect(jsonPath("$.days[0].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$.days[0].kindLabel").value("法定节假日"))
                .andExpect(jsonPath("$.days[?(@.day == '2025-09-28')].kind").value(hasItems("MAKEUP_WORKDAY")))
                .andExpect(jsonPath("$.publishedYears[*].year").value(hasItems(2024, 2025, 2026)))
                .andExpect(jsonPath("$.lastPublishedYear").value(2026));
    }

    @Test
    void theEndpointsAreDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/core/v1/holidays'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/core/v1/holidays/{year}'].post.responses['400']").exists())
                .andExpect(jsonPath("$.paths['/api/core/v1/deadline-rules/{code}/provinces/{provinceCode}'].put.summary").exists())
                .andExpect(jsonPath("$.paths['/api/core/v1/deadlines'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/core/v1/notifications'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/core/v1/notifications/{id}/read'].post.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/core/v1/notifications/read-all'].post.summary").exists());
    }

    @Test
    void anUnpublishedYearHasNoDays() throws Exception {
        mvc.perform(get("/api/core/v1/holidays").param("year", "2027").with(as(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(false))
                .andExpect(jsonPath("$.days.length()").value(0));
        mvc.perform(get("/api/core/v1/holidays").param("year", "1999").with(as(STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/core/v1/holidays").param("year", "2025"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void adminsAreWarnedWhileNextYearsScheduleIsMissing() {
        HolidayController lateIn2026 = new HolidayController(calendar, fixed("2026-11-22"));
        assertThat(lateIn2026.schedule(null).warning()).contains("2027 年节假日安排尚未录入");
        assertThat(lateIn2026.schedule(null).year()).isEqualTo(2026);

        assertThat(new HolidayController(calendar, fixed("2025-06-01")).schedule(null).warning()).isNull();
        assertThat(new HolidayController(calendar, fixed("2030-01-02")).schedule(null).warning())
                .contains("2030 年节假日安排尚未录入");
    }

    private static Clock fixed(String day) {
        return Clock.fixed(LocalDate.parse(day).atStartOfDay(ClockConfiguration.CHINA).toInstant(), ClockConfiguration.CHINA);
    }

    @Test
    void onlyAnAdminPublishesAYear() throws Exception {
        mvc.perform(post("/api/core/v1/holidays/2027").with(as(STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content(SCHEDULE_2027))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/forbidden"));
        mvc.perform(post("/api/core/v1/holidays/2027").with(as(TestCallers.client("330106", "core.read")))
                        .contentType(MediaType.APPLICATION_JSON).content(SCHEDULE_2027))
                .andExpect(status().isForbidden());
        assertThat(rowsOf2027()).isZero();
    }

    @Test
    void everyProblemOfABadScheduleIsListedAndNothingIsWritten() throws Exception {
        String bad = """
                {"source": " ",
                 "days": [
                   {"day": "2026-12-31", "kind": "HOLIDAY", "name": "跨年"},
                   {"day": "2027-01-01", "kind": "VACATION", "name": "元旦"},
                   {"day": "2027-01-04", "kind": "MAKEUP_WORKDAY", "name": "周一调休"},
                   {"day": "2027-01-01", "kind": "HOLIDAY", "name": ""}
                 ]}
                """;
        mvc.perform(post("/api/core/v1/holidays/2027").with(as(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/validation"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "source", "days[0].day", "days[1].kind", "days[2].kind", "days[3].day", "days[3].name")))
                .andExpect(jsonPath("$.errors[?(@.field == 'days[1].kind')].code").value(hasItems("invalid-code")))
                .andExpect(jsonPath("$.errors[?(@.field == 'days[0].day')].code").value(hasItems("wrong-year")));
        mvc.perform(post("/api/core/v1/holidays/2027").with(as(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"source\":\"x\",\"days\":[{\"day\":\"2027-13-01\"}]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/core/v1/holidays/2027").with(as(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"source\":\"x\",\"days\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"));
        assertThat(rowsOf2027()).isZero();
    }

    @Test
    void publishingNextYearMakesItsProvisionalDeadlinesFinal() throws Exception {
        UUID record = UUID.randomUUID();
        // 20 Dec 2026 + 60 days = Thu 18 Feb 2027, counted on weekdays only: provisional.
        var before = CurrentCaller.runAsSystem(() -> tx.execute(s -> deadlines.open(
                new DeadlineTarget("review-case", record, "330106", null, null, null, null), "TEST_DECISION",
                LocalDate.parse("2026-12-20"))));
        assertThat(before.dueDate()).isEqualTo(LocalDate.parse("2027-02-18"));
        assertThat(before.provisional()).isTrue();

        mvc.perform(post("/api/core/v1/holidays/2027").with(as(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(SCHEDULE_2027))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2027))
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.days.length()").value(3))
                .andExpect(jsonPath("$.lastPublishedYear").value(2027));

        // 18 Feb 2027 is now a holiday: the period ends on Fri 19 Feb, and the date is final.
        var after = CurrentCaller.runAsSystem(() -> tx.execute(s -> deadlines.of(record))).get(0);
        assertThat(after.dueDate()).isEqualTo(LocalDate.parse("2027-02-19"));
        assertThat(after.provisional()).isFalse();
        assertThat(calendar.current().isWorkingDay(LocalDate.parse("2027-02-20"))).as("the make-up Saturday").isTrue();

        // Publishing again replaces the whole year.
        mvc.perform(post("/api/core/v1/holidays/2027").with(as(TestCallers.client("330000", "core.admin")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"国办发明电〔2026〕1号\",\"days\":[{\"day\":\"2027-10-01\",\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days.length()").value(1))
                .andExpect(jsonPath("$.publishedYears[?(@.year == 2027)].source").value(hasItems("国办发明电〔2026〕1号")));
        assertThat(rowsOf2027()).isEqualTo(2);
        var reverted = CurrentCaller.runAsSystem(() -> tx.execute(s -> deadlines.of(record))).get(0);
        assertThat(reverted.dueDate()).isEqualTo(LocalDate.parse("2027-02-18"));
        assertThat(reverted.provisional()).isFalse();
    }

    @Test
    void aDeadlineMetAgainstAProvisionalDateIsJudgedAgainWhenTheDateChanges() throws Exception {
        UUID record = UUID.randomUUID();
        // Due Thu 18 Feb 2027 (provisional); met on Fri 19 Feb: MISSED, for now.
        CurrentCaller.runAsSystem(() -> tx.execute(s -> {
            deadlines.open(new DeadlineTarget("review-case", record, "330106", null, null, null, null), "TEST_DECISION",
                    LocalDate.parse("2026-12-20"));
            deadlines.meet(record, "TEST_DECISION", LocalDate.parse("2027-02-19"));
            return null;
        }));
        assertThat(judged(record).status()).isEqualTo(cn.sifa.core.deadline.DeadlineStatus.MISSED);

        // The schedule makes 18 Feb a holiday: the period ran to 19 Feb, so the step was in time.
        mvc.perform(post("/api/core/v1/holidays/2027").with(as(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(SCHEDULE_2027))
                .andExpect(status().isOk());
        var met = judged(record);
        assertThat(met.dueDate()).isEqualTo(LocalDate.parse("2027-02-19"));
        assertThat(met.provisional()).isFalse();
        assertThat(met.status()).isEqualTo(cn.sifa.core.deadline.DeadlineStatus.MET);
        assertThat(met.metOn()).isEqualTo(LocalDate.parse("2027-02-19"));

        // A correction takes the holiday away again: late after all.
        mvc.perform(post("/api/core/v1/holidays/2027").with(as(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"更正\",\"days\":[{\"day\":\"2027-10-01\",\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}]}"))
                .andExpect(status().isOk());
        assertThat(judged(record).status()).isEqualTo(cn.sifa.core.deadline.DeadlineStatus.MISSED);
        assertThat(judged(record).dueDate()).isEqualTo(LocalDate.parse("2027-02-18"));
    }

    @Test
    void publishingAYearNeverMovesAnExpiry() throws Exception {
        UUID officer = UUID.randomUUID();
        CurrentCaller.runAsSystem(() -> tx.execute(s -> deadlines.open(
                new DeadlineTarget("enforcement-officer", officer, "330106", null, null, null, null),
                "ENF_CERTIFICATE_EXPIRY", LocalDate.parse("2027-02-20"))));
        mvc.perform(post("/api/core/v1/holidays/2027").with(as(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(SCHEDULE_2027))
                .andExpect(status().isOk());
        assertThat(judged(officer).dueDate()).isEqualTo(LocalDate.parse("2027-02-20"));
    }

    cn.sifa.core.deadline.DeadlineView judged(UUID record) {
        return CurrentCaller.runAsSystem(() -> tx.execute(s -> deadlines.of(record))).get(0);
    }
}
