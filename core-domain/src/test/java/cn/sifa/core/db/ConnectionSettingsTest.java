package cn.sifa.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.sifa.core.testing.SifaIntegrationTest;

/**
 * Every query is limited by {@code division_code like prefix || '%'} with the prefix as a parameter. A generic plan
 * (PostgreSQL's choice after five runs of a prepared statement) cannot turn that into an index range, so on a
 * million cases a county's count read 400k index entries instead of its 30k (issue 6). The pool forces custom plans.
 */
@SifaIntegrationTest
class ConnectionSettingsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPooledConnectionPlansWithTheActualDivisionPrefix() {
        for (int i = 0; i < 3; i++) {
            assertThat(jdbc.queryForObject("select current_setting('plan_cache_mode')", String.class))
                    .isEqualTo("force_custom_plan");
        }
    }
}
