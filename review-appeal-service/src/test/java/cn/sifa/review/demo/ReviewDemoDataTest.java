package cn.sifa.review.demo;

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
import cn.sifa.review.ReviewAppealTestApplication;

/** The review demo is a core DemoSeeder: run by the core DemoLoader at start-up, through the services, once. */
@SifaIntegrationTest(classes = ReviewAppealTestApplication.class)
@ActiveProfiles("demo")
class ReviewDemoDataTest {

    @Autowired
    ReviewDemoData seeder;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void everyDemoCountyGetsCasesInEveryStateThroughTheApplierOnlyOnce() throws Exception {
        for (String county : new String[] {"430105", "331122", "371082", "330802"}) {
            assertThat(count("select count(*) from rv_reconsideration where division_code = '" + county + "'"))
                    .isGreaterThanOrEqualTo(ReviewDemoData.VOLUME.get(county)[0]);
            assertThat(count("select count(*) from rv_litigation where division_code = '" + county + "'"))
                    .isGreaterThanOrEqualTo(ReviewDemoData.VOLUME.get(county)[1]);
        }
        assertThat(count("select count(distinct status) from rv_reconsideration")).isGreaterThanOrEqualTo(8);
        assertThat(count("select count(distinct status) from rv_litigation")).isGreaterThanOrEqualTo(4);
        // Every record went through the applier: its registration is in the history and its first deadline is open or met.
        assertThat(count("select count(*) from rv_reconsideration r where not exists "
                + "(select 1 from core_transition t where t.record_id = r.id and t.action = 'receive')")).isZero();
        assertThat(count("select count(*) from rv_litigation l where not exists "
                + "(select 1 from core_deadline d where d.record_id = l.id and d.kind = 'RV_LIT_DEFENCE')")).isZero();
        // The new fields: parties as records, 附带审查 at every stage, 第50/52条 cases decided only once heard and consulted,
        // lawsuits with their court period and 出庭通知书.
        assertThat(count("select count(*) from rv_reconsideration r where not exists "
                + "(select 1 from rv_party p where p.reconsideration_id = r.id and p.role = 'APPLICANT')")).isZero();
        assertThat(count("select count(distinct kind) from rv_party")).isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from rv_party where id_number is not null and phone is not null and address is not null")).isPositive();
        assertThat(count("select count(*) from rv_party where agent_name is not null")).isPositive();
        assertThat(count("select count(*) from rv_party where role = 'THIRD_PARTY'")).isPositive();
        assertThat(count("select count(*) from rv_normative_review where result is not null")).isPositive();
        assertThat(count("select count(*) from rv_normative_review where started_on is not null and result is null")).isPositive();
        assertThat(count("select count(*) from rv_normative_review n where started_on is not null and not exists "
                + "(select 1 from core_deadline d where d.record_id = n.id and d.record_type = 'review-normative-review')")).isZero();
        assertThat(count("select count(*) from (select reconsideration_id from rv_normative_review where started_on is not null "
                + "group by reconsideration_id having count(*) > 1) two")).isPositive();
        assertThat(count("select count(*) from rv_reconsideration where major_complex and status = 'DECIDED' or major_complex and status = 'SERVED' "
                + "or major_complex and status = 'FINAL'")).isPositive();
        assertThat(count("select count(*) from rv_reconsideration where major_complex and outcome in ('REVOKE', 'UPHOLD', 'CHANGE', "
                + "'CONFIRM_ILLEGAL', 'REJECT_CLAIM', 'ORDER_PERFORMANCE') and (hearing_count = 0 or not committee_consulted)")).isZero();
        // (other tests of this JVM write lawsuits too: count only the demo's, written by the same caller as its first one)
        String demo = " where created_by = (select created_by from rv_litigation where court_case_no like '%行初1000号' limit 1)";
        assertThat(count("select count(*) from rv_litigation" + demo + " and registered_on is not null"))
                .isEqualTo(count("select count(*) from rv_litigation" + demo)).isPositive();
        assertThat(count("select count(*) from core_deadline where kind in ('RV_LIT_COURT_FIRST', 'RV_LIT_COURT_SIMPLE')")).isPositive();
        assertThat(count("select count(*) from rv_litigation where notice_served_on is not null")).isPositive();
        assertThat(count("select count(*) from rv_litigation where notice_short")).isPositive();
        assertThat(CurrentCaller.runAsSystem(() -> DemoCounties.COUNTIES.stream().allMatch(seeder::seeded))).isTrue();

        long reconsiderations = count("select count(*) from rv_reconsideration");
        Map<String, ApplicationRunner> runners = context.getBeansOfType(ApplicationRunner.class);
        ApplicationRunner loader = runners.values().stream().filter(r -> r.getClass().getSimpleName().startsWith("DemoLoader"))
                .findFirst().orElseThrow();
        loader.run(new DefaultApplicationArguments());
        assertThat(count("select count(*) from rv_reconsideration")).isEqualTo(reconsiderations);
    }
}
