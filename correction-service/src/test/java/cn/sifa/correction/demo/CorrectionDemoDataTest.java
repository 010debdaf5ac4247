package cn.sifa.correction.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.correction.CorrectionTestApplication;

/** The correction demo: core DemoSeeders run by the core DemoLoader at start-up, through the aggregates, once. */
@SifaIntegrationTest(classes = CorrectionTestApplication.class)
@ActiveProfiles("demo")
class CorrectionDemoDataTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

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
    }
}
