package cn.sifa.enforcement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.sifa.core.demo.DemoCounties;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.enforcement.EnforcementTestApplication;

/** The enforcement demo is a core DemoSeeder: run by the core DemoLoader at start-up, through the services, once. */
@SifaIntegrationTest(classes = EnforcementTestApplication.class)
@ActiveProfiles("demo")
class EnforcementDemoDataTest {

    @Autowired
    EnforcementDemoData seeder;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void everyDemoCountyGetsAgenciesThousandsOfActionsAndRecordsInEveryWorkflowOnlyOnce() throws Exception {
        for (String county : new String[] {"430105", "331122", "371082", "330802"}) {
            assertThat(count("select count(*) from enf_agency where division_code = '" + county + "'")).isGreaterThanOrEqualTo(6);
            assertThat(count("select count(*) from enf_action where division_code = '" + county + "'")).isGreaterThan(1000);
            // Every officer's certificate is watched by the expiry rule, opened through the service (not inserted).
            assertThat(count("select count(*) from enf_officer o where division_code = '" + county + "' and not exists "
                    + "(select 1 from core_deadline d where d.record_id = o.id and d.kind = 'ENF_CERTIFICATE_EXPIRY')")).isZero();
            assertThat(count("select count(*) from enf_whitelist_enterprise where division_code = '" + county + "'")).isGreaterThanOrEqualTo(2);
        }
        // As the loader asks, as the system caller (a request without a caller sees nothing).
        assertThat(CurrentCaller.runAsSystem(() -> DemoCounties.COUNTIES.stream().allMatch(seeder::seeded))).isTrue();
        assertThat(count("select count(*) from enf_agency where name = '长沙市开福区市场监督管理局'")).isEqualTo(1);
        for (String table : new String[] {"enf_major_decision_review", "enf_penalty_filing", "enf_file_review", "enf_inspection",
                "enf_leniency_item", "enf_lenient_decision", "enf_complaint", "enf_normative_document", "enf_legality_review"}) {
            assertThat(count("select count(*) from " + table + " where division_code like '330802%'")).as(table).isPositive();
        }
        // Inspections went through the applier: each has its history.
        assertThat(count("select count(*) from enf_inspection i where not exists "
                + "(select 1 from core_transition t where t.record_id = i.id and t.action = 'request')")).isZero();
        long actions = count("select count(*) from enf_action");
        long complaints = count("select count(*) from enf_complaint");
        long officers = count("select count(*) from enf_officer");
        // The core loader again (as on a restart): nothing is added.
        Map<String, ApplicationRunner> runners = context.getBeansOfType(ApplicationRunner.class);
        ApplicationRunner loader = runners.values().stream().filter(r -> r.getClass().getSimpleName().startsWith("DemoLoader"))
                .findFirst().orElseThrow();
        loader.run(new DefaultApplicationArguments());
        assertThat(count("select count(*) from enf_action")).isEqualTo(actions);
        assertThat(count("select count(*) from enf_complaint")).isEqualTo(complaints);
        assertThat(count("select count(*) from enf_officer")).isEqualTo(officers);
    }
}
