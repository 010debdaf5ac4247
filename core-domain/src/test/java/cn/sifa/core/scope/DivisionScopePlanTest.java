package cn.sifa.core.scope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.testing.SifaIntegrationTest;

/**
 * A list over a subtree plans with the actual division prefix (a generic plan cannot range-scan
 * {@code like (? || '%')}, issue 6), and only for its own transaction: lookups by id keep cached plans.
 */
@SifaIntegrationTest
class DivisionScopePlanTest {

    @Autowired
    DivisionScope scope;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aListTransactionPlansWithTheActualPrefixAndTheNextTransactionDoesNot() {
        String inside = transactions.execute(status -> {
            scope.planWithActualPrefix();
            return jdbc.queryForObject("select current_setting('plan_cache_mode')", String.class);
        });
        assertThat(inside).isEqualTo("force_custom_plan");
        String after = transactions.execute(status -> jdbc.queryForObject("select current_setting('plan_cache_mode')", String.class));
        assertThat(after).isEqualTo("auto");
    }
}
