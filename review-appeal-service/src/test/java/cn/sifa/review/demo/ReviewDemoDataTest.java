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
        assertThat(CurrentCaller.runAsSystem(() -> DemoCounties.COUNTIES.stream().allMatch(seeder::seeded))).isTrue();

        long reconsiderations = count("select count(*) from rv_reconsideration");
        Map<String, ApplicationRunner> runners = context.getBeansOfType(ApplicationRunner.class);
        ApplicationRunner loader = runners.values().stream().filter(r -> r.getClass().getSimpleName().startsWith("DemoLoader"))
                .findFirst().orElseThrow();
        loader.run(new DefaultApplicationArguments());
        assertThat(count("select count(*) from rv_reconsideration")).isEqualTo(reconsiderations);
    }
}
