package cn.sifa.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.calendar.ClockConfiguration;
import cn.sifa.core.notification.InAppNotifications;
import cn.sifa.core.notification.NotificationRepository;
import cn.sifa.core.notification.Notifications;
import cn.sifa.core.notification.OrganizationHeads;
import cn.sifa.core.notification.Recipients;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestStaff;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

/**
 * Issue 16: two platform instances running the deadline job at once send each reminder once, not twice. Each
 * "instance" is its own {@link DeadlineReminderJob} (its own notification sender) on the one database; they start
 * together behind a barrier. {@code -Dsifa.stress=N} multiplies the deadlines and the instances (a bigger run).
 */
@SifaIntegrationTest
@AutoConfigureMockMvc // shares the cached context of the MockMvc tests
class TwoSchedulersTest {

    static final int STRESS = Integer.getInteger("sifa.stress", 1);

    @Autowired
    Deadlines deadlines;
    @Autowired
    DeadlineRepository repository;
    @Autowired
    DeadlineCalculator calculator;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    NotificationRepository notificationRows;
    @Autowired
    Recipients recipients;

    String assignee;
    String head;
    UUID unit;

    @BeforeEach
    void staff() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        unit = TestStaff.organization(jdbc, "330106");
        assignee = TestStaff.user(jdbc, "twice-assignee-" + suffix, unit, "REVIEW_STAFF");
        head = TestStaff.user(jdbc, "twice-head-" + suffix, unit, "BUREAU_LEADER");
    }

    /** One instance's job on 2025-09-26 (a Friday), with its own notification sender. */
    DeadlineReminderJob instance() {
        Clock fixed = Clock.fixed(LocalDate.parse("2025-09-26").atTime(9, 0).atZone(ClockConfiguration.CHINA).toInstant(),
                ClockConfiguration.CHINA);
        OrganizationHeads heads = org -> unit.equals(org) ? List.of(head) : List.of();
        Notifications sender = new InAppNotifications(notificationRows, heads, recipients, fixed);
        return new DeadlineReminderJob(repository, calculator, sender, recipients, fixed, transactionManager);
    }

    /** {@code soon} deadlines due on 2025-09-30 (3 working days away) and {@code overdue} ones due yesterday. */
    void deadlines(String tag, int soon, int overdue) {
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> {
            for (int i = 0; i < soon + overdue; i++) {
                UUID record = UUID.randomUUID();
                String due = i < soon ? "2025-09-30" : "2025-09-25";
                deadlines.open(new DeadlineTarget("review-case", record, "330106", assignee, unit,
                        tag + "〔2025〕" + i + "号", "/review/cases/" + record), "TEST_ONE_DAY", LocalDate.parse(due).minusDays(1));
            }
        }));
    }

    /** Per recipient: how many notifications, and how many distinct ones (each names its own case number). */
    Map<String, Object> sent(String recipient) {
        return jdbc.queryForMap("select count(*) as total, count(distinct title || body) as distinct_ones"
                + " from core_notification where recipient = ?", recipient);
    }

    /** Runs each task at the same moment (a barrier), one thread each; returns their results. */
    static <T> List<T> together(List<java.util.concurrent.Callable<T>> tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (java.util.concurrent.Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void instancesRunningTheJobAtTheSameMomentSendEachReminderOnce() throws Exception {
        int soon = 250 * STRESS;
        int overdue = 250 * STRESS;   // each kind more than one batch of 200
        int instances = 2 * STRESS;
        deadlines("并发", soon, overdue);

        // No ShedLock here: as if the lock had expired under a long run, or two schedulers did not share it.
        long started = System.nanoTime();
        List<DeadlineReminderJob.Run> runs = together(java.util.stream.IntStream.range(0, instances)
                .<java.util.concurrent.Callable<DeadlineReminderJob.Run>>mapToObj(i -> {
                    DeadlineReminderJob job = instance();
                    return job::run;
                }).toList());
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        // Every reminder once: the assignee hears of each deadline once (soon or overdue), the head of each overdue one.
        assertThat(sent(assignee)).containsEntry("total", (long) (soon + overdue)).containsEntry("distinct_ones", (long) (soon + overdue));
        assertThat(sent(head)).containsEntry("total", (long) overdue).containsEntry("distinct_ones", (long) overdue);
        // The runs shared the work out between them (other tests' deadlines in the database may add to it).
        assertThat(runs.stream().mapToInt(DeadlineReminderJob.Run::dueSoon).sum()).isGreaterThanOrEqualTo(soon);
        assertThat(runs.stream().mapToInt(DeadlineReminderJob.Run::overdue).sum()).isGreaterThanOrEqualTo(overdue);
        LoggerFactory.getLogger(TwoSchedulersTest.class).info(
                "Two schedulers: {} instances at once over {} due-soon + {} overdue deadlines in {} ms: runs {}, "
                        + "{} notifications to the assignee, {} to the head",
                instances, soon, overdue, millis, runs, sent(assignee).get("total"), sent(head).get("total"));

        // A later run (another instance, the lock long gone) sends nothing again.
        instance().run();
        assertThat(sent(assignee)).containsEntry("total", (long) (soon + overdue));
        assertThat(sent(head)).containsEntry("total", (long) overdue);
    }

    @Test
    void withTheClusterLockOnlyOneInstanceRunsAndALaterOneSendsNothingAgain() throws Exception {
        deadlines("集群", 5, 5);
        // Each instance has its own lock provider on the shared table, as in SchedulingConfiguration; the lock name is
        // this test's own, so the real job's lock (held for a minute by other tests) does not interfere.
        String name = "reminders-test-" + UUID.randomUUID().toString().substring(0, 8);
        int instances = 2 * STRESS;
        List<LockingTaskExecutor.TaskResult<DeadlineReminderJob.Run>> results = together(java.util.stream.IntStream.range(0, instances)
                .<java.util.concurrent.Callable<LockingTaskExecutor.TaskResult<DeadlineReminderJob.Run>>>mapToObj(i -> {
                    DeadlineReminderJob job = instance();
                    LockingTaskExecutor executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                            JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                                    .withTableName("sifa.shedlock").usingDbTime().build()));
                    return () -> {
                        try {
                            return executor.executeWithLock(job::run,
                                    new LockConfiguration(Instant.now(), name, Duration.ofMinutes(10), Duration.ofMinutes(1)));
                        } catch (Throwable e) {
                            throw new IllegalStateException(e);
                        }
                    };
                }).toList());

        assertThat(results.stream().filter(LockingTaskExecutor.TaskResult::wasExecuted)).hasSize(1);
        assertThat(sent(assignee)).containsEntry("total", 10L);
        assertThat(sent(head)).containsEntry("total", 5L);

        // Once the lock is free again (another lock name: a minute later), the next instance's run sends nothing new.
        new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("sifa.shedlock").usingDbTime().build()))
                .executeWithLock((Runnable) instance()::run,
                        new LockConfiguration(Instant.now(), name + "-later", Duration.ofMinutes(10), Duration.ZERO));
        assertThat(sent(assignee)).containsEntry("total", 10L);
        assertThat(sent(head)).containsEntry("total", 5L);
    }
}
