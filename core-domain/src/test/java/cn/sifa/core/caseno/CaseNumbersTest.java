package cn.sifa.core.caseno;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.testing.SifaIntegrationTest;

@SifaIntegrationTest
@AutoConfigureMockMvc // shares the cached context of the MockMvc tests
class CaseNumbersTest {

    @Autowired
    CaseNumbers caseNumbers;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    UUID kaifu;

    @BeforeEach
    void anOrganization() {
        kaifu = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO core_organization (id, version, division_code, type, name, short_name, active,
                                               created_at, created_by, updated_at, updated_by)
                VALUES (?, 0, '430105', 'LEGAL_AID_CENTER', ?, '开福', true, ?, 'test', ?, 'test')""",
                kaifu, "案号测试法律援助中心 " + kaifu, now, now);
    }

    private String next(String series, int year) {
        String number = tx.execute(s -> caseNumbers.next(kaifu, series, year));
        return number;
    }

    @Test
    void numbersAreFormattedInTheOfficialStyleAndCountPerSeriesAndYear() {
        assertThat(next("调", 2026)).isEqualTo("开福调〔2026〕1号");
        assertThat(next("调", 2026)).isEqualTo("开福调〔2026〕2号");
        assertThat(next("援", 2026)).isEqualTo("开福援〔2026〕1号");
        assertThat(next("调", 2027)).isEqualTo("开福调〔2027〕1号");
    }

    @Test
    void theOrganizationsOwnPatternIsUsed() {
        jdbc.update("UPDATE core_organization SET case_no_pattern = '{abbr}司{series}〔{year}〕第{seq:3}号' WHERE id = ?", kaifu);
        assertThat(next("复", 2026)).isEqualTo("开福司复〔2026〕第001号");
    }

    @Test
    void twentyConcurrentCreatesGetOneToTwentyExactly() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    // pool threads have no caller: platform work, as the test's own thread (row-level security)
                    return CurrentCaller.runAsSystem(() -> tx.execute(s -> caseNumbers.next(kaifu, "调", 2026)));
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : results) {
                numbers.add(f.get(60, TimeUnit.SECONDS));
            }
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                expected.add("开福调〔2026〕" + i + "号");
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackCreateLeavesNoGap() {
        assertThat(next("调", 2026)).isEqualTo("开福调〔2026〕1号");
        String released = tx.execute(s -> {
            String n = caseNumbers.next(kaifu, "调", 2026);
            s.setRollbackOnly();
            return n;
        });
        assertThat(released).isEqualTo("开福调〔2026〕2号");
        assertThat(next("调", 2026)).isEqualTo("开福调〔2026〕2号");
    }

    @Test
    void aNumberIsOnlyHandedOutInsideTheCreatingTransaction() {
        assertThatThrownBy(() -> caseNumbers.next(kaifu, "调", 2026)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anUnknownOrganizationIsNotFound() {
        assertThatThrownBy(() -> tx.execute(s -> caseNumbers.next(UUID.randomUUID(), "调", 2026)))
                .isInstanceOf(NotFoundException.class);
    }
}
