package cn.sifa.correction.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.demo.DemoCounties;
import cn.sifa.core.deadline.DeadlineRule;
import cn.sifa.core.deadline.DeadlineRules;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.ApiTestSupport;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.correction.CorrectionTestApplication;
import cn.sifa.correction.subject.SupervisionLevel;

/**
 * The correction demo: core DemoSeeders run by the core DemoLoader at start-up (today is the TestClock's), through the
 * aggregates, once.
 */
@SifaIntegrationTest(classes = CorrectionTestApplication.class)
@ActiveProfiles("demo")
class CorrectionDemoDataTest extends ApiTestSupport {

    private static final String SUBJECTS = "/api/correction/v1/subjects/";

    @Autowired
    ApplicationContext context;
    @Autowired
    DeadlineRules rules;
    @Autowired
    DeadlineCalculator calculator;

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void everyDemoCountyGetsSubjectsInEveryStateWithTheirDeadlinesOnlyOnce() throws Exception {
        for (String county : new String[] {"430105", "331122", "371082", "330802"}) {
            assertThat(count("select count(*) from cr_subject where division_code = '" + county + "'")).isGreaterThanOrEqualTo(40);
            assertThat(count("select count(*) from cr_investigation where division_code = '" + county + "'")).isGreaterThanOrEqualTo(15);
        }
        for (String state : new String[] {"AWAITING_REPORT", "UNDER_CORRECTION", "DISCHARGED"}) {
            assertThat(count("select count(*) from cr_subject where status = '" + state + "'")).as(state).isPositive();
        }
        // Through the applier: every subject has its intake history and its first deadline.
        assertThat(count("select count(*) from cr_subject s where not exists "
                + "(select 1 from core_transition t where t.record_id = s.id and t.action = 'intake')")).isZero();
        assertThat(count("select count(*) from cr_subject s where not exists (select 1 from core_deadline d where d.record_id = s.id)")).isZero();
        // The second slice: sub-records on the demo subjects, released persons, each with its history.
        for (String table : new String[] {"cr_leave_request", "cr_monitoring", "cr_education_record", "cr_released_person"}) {
            assertThat(count("select count(*) from " + table + " where division_code = '430105'")).as(table).isPositive();
        }
        for (String table : new String[] {"cr_leave_request", "cr_monitoring", "cr_released_person"}) {
            assertThat(count("select count(*) from " + table + " x where not exists (select 1 from core_transition t where t.record_id = x.id)"))
                    .as(table).isZero();
        }
        // Every report in a subject's history is also a report record, and the other way round.
        assertThat(count("select count(*) from cr_check_in where division_code = '430105'")).isPositive();
        assertThat(count("select count(*) from cr_check_in")).isEqualTo(
                count("select count(*) from core_transition where record_type = 'correction-subject' and action = 'check-ins'"));
        assertThat(count("select count(*) from cr_released_person where status = 'SUPPORTING' and verified")).isPositive();
        assertThat(count("select count(*) from cr_subject where termination_ground = 'NEW_CRIME'")).isPositive();
        assertThat(count("select count(*) from cr_released_person where status = 'AWAITING_RELEASE'")).isPositive();
        long visits = count("select count(*) from cr_home_visit");
        long assessments = count("select count(*) from cr_psych_assessment");
        long leaves = count("select count(*) from cr_leave_request");
        long released = count("select count(*) from cr_released_person");
        long subjects = count("select count(*) from cr_subject");
        Map<String, ApplicationRunner> runners = context.getBeansOfType(ApplicationRunner.class);
        ApplicationRunner loader = runners.values().stream().filter(r -> r.getClass().getSimpleName().startsWith("DemoLoader"))
                .findFirst().orElseThrow();
        loader.run(new DefaultApplicationArguments());
        assertThat(count("select count(*) from cr_subject")).isEqualTo(subjects);
        assertThat(count("select count(*) from cr_leave_request")).isEqualTo(leaves);
        assertThat(count("select count(*) from cr_released_person")).isEqualTo(released);
        assertThat(count("select count(*) from cr_home_visit")).isEqualTo(visits);
        assertThat(count("select count(*) from cr_psych_assessment")).isEqualTo(assessments);
    }

    @Test
    void aDemoSubjectHasReportsVisitsAndAssessmentsListedOnlyInItsCounty() throws Exception {
        for (String table : new String[] {"cr_check_in", "cr_home_visit", "cr_psych_assessment"}) {
            for (String county : new String[] {"430105", "331122", "371082", "330802"}) {
                assertThat(count("select count(*) from " + table + " where division_code = '" + county + "'")).as(table + " " + county).isPositive();
            }
            // In the subject's division, within its correction: not before report-in, not after the demo's today.
            assertThat(count("select count(*) from " + table + " x join cr_subject s on s.id = x.subject_id where x.division_code <> s.division_code"))
                    .as(table).isZero();
        }
        assertThat(count("select count(*) from cr_home_visit x join cr_subject s on s.id = x.subject_id "
                + "where x.visited_on < s.reported_on or x.visited_on > '" + today() + "'")).isZero();
        assertThat(count("select count(*) from cr_psych_assessment x join cr_subject s on s.id = x.subject_id "
                + "where x.assessed_on < s.reported_on or x.assessed_on > '" + today() + "'")).isZero();
        assertThat(count("select count(distinct risk_level) from cr_psych_assessment where division_code = '430105'")).isGreaterThan(1);
        // Each record is a line in the subject's history, and the other way round.
        assertThat(count("select count(*) from cr_home_visit")).isEqualTo(
                count("select count(*) from core_transition where record_type = 'correction-subject' and action = 'home-visits'"));
        assertThat(count("select count(*) from cr_psych_assessment")).isEqualTo(
                count("select count(*) from core_transition where record_type = 'correction-subject' and action = 'psychological-assessments'"));

        UUID subject = jdbc.queryForObject("select s.id from cr_subject s where s.division_code = '430105' "
                + "and exists (select 1 from cr_check_in c where c.subject_id = s.id) "
                + "and exists (select 1 from cr_home_visit v where v.subject_id = s.id) "
                + "and exists (select 1 from cr_psych_assessment a where a.subject_id = s.id) order by s.id limit 1", UUID.class);
        SifaPrincipal kaifu = TestCallers.staff("430105", Role.CORRECTION_STAFF);
        SifaPrincipal jinyun = TestCallers.staff("331122", Role.CORRECTION_STAFF);
        for (String list : new String[] {"check-ins", "home-visits", "psychological-assessments"}) {
            getJson(kaifu, SUBJECTS + subject + "/" + list).andExpect(status().isOk())
                    .andExpect(jsonPath("$.content.length()").value(greaterThan(0)))
                    .andExpect(jsonPath("$.content[*].subjectId").value(everyItem(is(subject.toString()))));
            getJson(jinyun, SUBJECTS + subject + "/" + list).andExpect(status().isNotFound());
        }
        getJson(kaifu, SUBJECTS + subject + "/home-visits").andExpect(jsonPath("$.content[0].findings").isNotEmpty());
    }

    /** The due date of a report period of {@code ruleCode} that started on {@code anchor}, as the applier counts it. */
    private LocalDate due(String ruleCode, String division, LocalDate anchor) {
        DeadlineRule rule = rules.resolve(ruleCode, division);
        return calculator.due(anchor, rule.getAmount(), rule.getUnit(), rule.isExpiry()).date();
    }

    private static SupervisionLevel level(String label) {
        return java.util.Arrays.stream(SupervisionLevel.values()).filter(l -> l.label().equals(label)).findFirst().orElseThrow();
    }

    private record Report(LocalDate on, SupervisionLevel level) {
    }

    @Test
    void everyDemoSubjectReportsWithinItsLevelsPeriodAndItsLastPeriodStillRuns() throws Exception {
        LocalDate today = today();
        // the demo's subjects (named by their county's court), not those other tests entered through the API
        List<Map<String, Object>> subjects = new ArrayList<>();
        for (DemoCounties.DemoCounty county : DemoCounties.COUNTIES) {
            subjects.addAll(jdbc.queryForList("select id, division_code, status from cr_subject where division_code = ? "
                    + "and deciding_authority = ? order by id", county.code(), county.shortName() + "人民法院"));
        }
        assertThat(subjects).hasSizeGreaterThanOrEqualTo(4 * 40);
        int strictReports = 0;
        for (Map<String, Object> subject : subjects) {
            UUID id = (UUID) subject.get("id");
            String division = (String) subject.get("division_code");
            String status = (String) subject.get("status");
            // The level set (or changed) on a day starts a period; a regular report meets the period running and starts
            // the next. Same day: the level first.
            List<Report> events = new ArrayList<>(jdbc.query("select occurred_on, comment from core_transition "
                    + "where record_id = ? and action = 'supervision-level'", (rs, n) -> new Report(rs.getObject(1, LocalDate.class),
                    level(rs.getString(2))), id));
            List<LocalDate> reports = jdbc.queryForList("select checked_in_on from cr_check_in where subject_id = ? and type = 'REGULAR' "
                    + "order by checked_in_on", LocalDate.class, id);
            if (events.isEmpty()) {
                assertThat(reports).as("reports of %s before a level", id).isEmpty();
                continue;
            }
            reports.forEach(on -> events.add(new Report(on, null)));
            events.sort(java.util.Comparator.comparing(Report::on).thenComparing(e -> e.level() == null));
            LocalDate anchor = null;
            SupervisionLevel level = null;
            for (Report e : events) {
                if (e.level() != null) {
                    anchor = e.on();
                    level = e.level();
                    continue;
                }
                // at most the level's period (the rule of the subject's province, rolled to a working day) after the last
                assertThat(e.on()).as("%s report after %s (%s)", id, anchor, level)
                        .isAfter(anchor).isBeforeOrEqualTo(due("CORRECTION_REPORT_" + level.name(), division, anchor));
                assertThat(calculator.isWorkingDay(e.on())).as("%s report on %s", id, e.on()).isTrue();
                if (level == SupervisionLevel.STRICT) {
                    strictReports++;
                }
                anchor = e.on();
            }
            // Still reporting: the period after the last report runs today. The subject who lost contact stopped on purpose.
            if (status.equals("UNDER_CORRECTION") || status.equals("DISCHARGE_PENDING")) {
                assertThat(due("CORRECTION_REPORT_" + level.name(), division, anchor)).as("%s last report %s (%s)", id, anchor, level)
                        .isAfterOrEqualTo(today);
            }
        }
        assertThat(strictReports).as("weekly reports of 严管 subjects").isGreaterThan(20);
        // The applier agrees: no report period of a demo subject met late, none overdue for one still reporting (health
        // reports too), so the demo raises no 报告逾期 alert.
        String demo = "s.deciding_authority in (" + String.join(", ", DemoCounties.COUNTIES.stream()
                .map(c -> "'" + c.shortName() + "人民法院'").toList()) + ")";
        String reportKinds = "d.kind in ('CORRECTION_REPORT_STRICT', 'CORRECTION_REPORT_NORMAL', 'CORRECTION_REPORT_LENIENT', "
                + "'CORRECTION_HEALTH_REPORT', 'CORRECTION_MEDICAL_RECHECK')";
        assertThat(count("select count(*) from core_deadline d join cr_subject s on s.id = d.record_id where " + demo + " and "
                + reportKinds + " and d.status = 'MET' and d.met_on > d.due_date")).isZero();
        assertThat(count("select count(*) from core_deadline d join cr_subject s on s.id = d.record_id where " + demo + " and "
                + reportKinds + " and d.status = 'OPEN' and d.due_date < '" + today + "' and s.status in ('UNDER_CORRECTION', 'DISCHARGE_PENDING')"))
                .isZero();
        List<String> kaifuDemo = jdbc.queryForList("select cast(s.id as varchar) from cr_subject s where s.division_code = '430105' and "
                + demo, String.class);
        List<String> missed = read(getJson(TestCallers.staff("430105", Role.CORRECTION_STAFF),
                "/api/correction/v1/alerts?type=CHECK_IN_MISSED").andExpect(status().isOk()), "$[*].subjectId");
        assertThat(missed).doesNotContainAnyElementsOf(kaifuDemo);
        // Capped: a 严管 subject reports weekly for about its last 13 weeks only.
        assertThat(count("select coalesce(max(n), 0) from (select count(*) n from cr_check_in c join cr_subject s on s.id = c.subject_id "
                + "where " + demo + " and s.supervision_level = 'STRICT' and c.type = 'REGULAR' group by c.subject_id) x"))
                .as("reports of the busiest 严管 subject").isLessThan(50L);
    }
}
