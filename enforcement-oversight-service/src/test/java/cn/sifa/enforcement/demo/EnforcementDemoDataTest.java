package cn.sifa.enforcement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.enforcement.EnforcementTestApplication;

@SifaIntegrationTest(classes = EnforcementTestApplication.class)
@ActiveProfiles("demo")
class EnforcementDemoDataTest {

    @Autowired
    EnforcementDemoData loader;
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
        }
        for (String table : new String[] {"enf_major_decision_review", "enf_penalty_filing", "enf_file_review", "enf_inspection",
                "enf_leniency_item", "enf_lenient_decision", "enf_complaint", "enf_normative_document", "enf_legality_review"}) {
            assertThat(count("select count(*) from " + table + " where division_code like '330802%'")).as(table).isPositive();
        }
        long actions = count("select count(*) from enf_action");
        long complaints = count("select count(*) from enf_complaint");
        loader.run(new DefaultApplicationArguments());
        assertThat(count("select count(*) from enf_action")).isEqualTo(actions);
        assertThat(count("select count(*) from enf_complaint")).isEqualTo(complaints);
    }
}
