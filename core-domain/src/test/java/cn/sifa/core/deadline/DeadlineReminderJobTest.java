package cn.sifa.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

@SifaIntegrationTest
@AutoConfigureMockMvc
class DeadlineReminderJobTest {

    @Autowired
    Deadlines deadlines;
    @Autowired
    DeadlineRepository repository;
    @Autowired
    DeadlineCalculator calculator;
    @Autowired
    Notifications notifications;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NotificationRepository notificationRows;
    @Autowired
    Recipients recipients;

    String assignee;
    String head;
    /** A head listed for the unit who works in 开福区 (Hunan): never told about a 西湖区 record. */
    String headElsewhere;
    /** A 开福区 user: assigning them a 西湖区 record is refused, and they are never told about one. */
    String kaifuUser;
    UUID unit;

    @BeforeEach
    void staff() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        unit = TestStaff.organization(jdbc, "330106");
        UUID kaifu = TestStaff.organization(jdbc, "430105");
        assignee = TestStaff.user(jdbc, "assignee-" + suffix, unit, "REVIEW_STAFF");
        head = TestStaff.user(jdbc, "head-" + suffix, unit, "BUREAU_LEADER");
        headElsewhere = TestStaff.user(jdbc, "head-kaifu-" + suffix, kaifu, "BUREAU_LEADER");
        kaifuUser = TestStaff.user(jdbc, "kaifu-" + suffix, kaifu, "REVIEW_STAFF");
    }

    /** The job as it runs on {@code today}; this unit's heads are {@code head} and {@code headElsewhere}. */
    DeadlineReminderJob jobOn(String today) {
        Clock fixed = Clock.fixed(LocalDate.parse(today).atTime(9, 0).atZone(ClockConfiguration.CHINA).toInstant(),
                ClockConfiguration.CHINA);
        OrganizationHeads heads = org -> unit.equals(org) ? List.of(head, headElsewhere) : List.of();
        Notifications sender = new InAppNotifications(notificationRows, heads, recipients, fixed);
        return new DeadlineReminderJob(repository, calculator, sender, recipients, fixed, transactionManager);
    }

    /** A one-day deadline of a record, due on {@code due} (a working day). */
    void dueOn(String due, String assigneeOrNull, String caseNo) {
        UUID record = UUID.randomUUID();
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> deadlines.open(
                new DeadlineTarget("review-case", record, "330106", assigneeOrNull, unit, caseNo, "/review/cases/" + record),
                "TEST_ONE_DAY", LocalDate.parse(due).minusDays(1))));
    }

    List<String> titlesOf(String recipient) {
        return jdbc.queryForList("select title from core_notification where recipient = ?", String.class, recipient)
                .stream().sorted().toList();
    }

    @Test
    void remindsTheAssigneeThreeWorkingDaysAheadAndEveryoneOnceOverdue() {
        dueOn("2025-09-30", assignee, "西湖复〔2025〕1号");  // Tue: 28 (调休 Sun), 29, 30 → 3 working days away
        dueOn("2025-09-26", assignee, "西湖复〔2025〕2号");  // today
        dueOn("2025-10-09", assignee, "西湖复〔2025〕3号");  // the 4th working day: not yet
        dueOn("2025-09-25", assignee, "西湖复〔2025〕4号");  // yesterday: overdue
        dueOn("2025-09-24", null, "西湖复〔2025〕5号");      // overdue, nobody assigned: the head still hears of it

        DeadlineReminderJob.Run first = jobOn("2025-09-26").run();

        assertThat(first.dueSoon()).isGreaterThanOrEqualTo(2);
        assertThat(first.overdue()).isGreaterThanOrEqualTo(2);
        assertThat(titlesOf(assignee)).containsExactly("期限即将届满:一日期限", "期限即将届满:一日期限", "期限已逾期:一日期限");
        assertThat(titlesOf(head)).containsExactly("期限已逾期:一日期限", "期限已逾期:一日期限");
        assertThat(jdbc.queryForList("select body from core_notification where recipient = ?", String.class, head))
                .anySatisfy(body -> assertThat(body).contains("西湖复〔2025〕5号", "尚未指定承办人"))
                .anySatisfy(body -> assertThat(body).contains("西湖复〔2025〕4号", "已逾期 1 日", "承办人:测试用户"));
        assertThat(jdbc.queryForList("select body from core_notification where recipient = ?", String.class, assignee))
                .anySatisfy(body -> assertThat(body).contains("西湖复〔2025〕1号", "还剩 4 日"))
                .anySatisfy(body -> assertThat(body).contains("西湖复〔2025〕2号", "今天届满"));

        // The next run, a quarter of an hour later, sends nothing again.
        jobOn("2025-09-26").run();
        assertThat(titlesOf(assignee)).hasSize(3);
        assertThat(titlesOf(head)).hasSize(2);

        // After the National Day holiday: the 3rd becomes due (today), the 1st and 2nd are overdue.
        jobOn("2025-10-09").run();
        assertThat(titlesOf(assignee)).containsExactly("期限即将届满:一日期限", "期限即将届满:一日期限", "期限即将届满:一日期限",
                "期限已逾期:一日期限", "期限已逾期:一日期限", "期限已逾期:一日期限");
        assertThat(titlesOf(head)).hasSize(4);
    }

    /** Each deadline is counted in its own unit, and a name kept where a reference goes is not repeated (issue 14). */
    @Test
    void theTextCountsInTheDeadlinesOwnUnitAndQuotesOnlyReferences() {
        UUID record = UUID.randomUUID();
        // 5 working days from Mon 2025-09-15: due Mon 09-22; on Fri 09-26 that is 4 working days late (23–26).
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> deadlines.open(
                new DeadlineTarget("review-case", record, "330106", assignee, unit, "张三", "/review/cases/" + record),
                "TEST_ACCEPTANCE_REVIEW", LocalDate.parse("2025-09-15"))));
        jobOn("2025-09-26").run();
        assertThat(jdbc.queryForList("select body from core_notification where recipient = ?", String.class, assignee))
                .anySatisfy(body -> assertThat(body).startsWith("受理审查期限已于 2025-09-22 届满,已逾期 4 个工作日。"));
    }

    @Autowired
    DeadlineReminderJob scheduledJob;

    @Test
    void theScheduledRunHoldsTheClusterWideLock() {
        scheduledJob.scheduled();
        // ShedLock keeps the row locked for at least a minute (database UTC time), so no other instance runs it again.
        assertThat(jdbc.queryForObject(
                "select lock_until > timezone('utc', now()) + interval '30 seconds' from shedlock where name = 'deadline-reminders'", Boolean.class))
                .isTrue();
    }

    @Test
    void aMetDeadlineIsNeverReminded() {
        UUID record = UUID.randomUUID();
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> {
            deadlines.open(new DeadlineTarget("review-case", record, "330106", assignee, unit, null, null),
                    "TEST_ONE_DAY", LocalDate.parse("2025-09-29"));
            deadlines.meet(record, "TEST_ONE_DAY", LocalDate.parse("2025-09-29"));
        }));
        jobOn("2025-09-26").run();
        jobOn("2025-10-20").run();
        assertThat(titlesOf(assignee)).isEmpty();
        assertThat(titlesOf(head)).isEmpty();
    }

    @Test
    void aReminderNeverCrossesDivisions() {
        // A 西湖区 record whose deadline names a 开福区 user (as the demo data once did with every county's cases).
        UUID record = UUID.randomUUID();
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> deadlines.open(
                new DeadlineTarget("review-case", record, "330106", kaifuUser, unit, "西湖复〔2025〕9号", "/review/cases/" + record),
                "TEST_ONE_DAY", LocalDate.parse("2025-09-24"))));

        jobOn("2025-09-26").run();

        assertThat(titlesOf(kaifuUser)).as("cannot open a 西湖区 record").isEmpty();
        assertThat(titlesOf(headElsewhere)).as("a head in another division").isEmpty();
        assertThat(titlesOf(head)).containsExactly("期限已逾期:一日期限");
        assertThat(titlesOf("nobody-" + record)).isEmpty();
    }
}
