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
import cn.sifa.core.notification.Notifications;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.testing.SifaIntegrationTest;

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

    String assignee;
    String head;
    UUID unit;

    @BeforeEach
    void names() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        assignee = "assignee-" + suffix;
        head = "head-" + suffix;
        unit = UUID.randomUUID();
    }

    /** The job as it runs on {@code today}; this unit's head is {@code head} (the directory is the gateway's). */
    DeadlineReminderJob jobOn(String today) {
        Clock fixed = Clock.fixed(LocalDate.parse(today).atTime(9, 0).atZone(ClockConfiguration.CHINA).toInstant(),
                ClockConfiguration.CHINA);
        Notifications withHeads = new Notifications() {
            @Override
            public void notify(String recipient, String title, String body, String link) {
                notifications.notify(recipient, title, body, link);
            }

            @Override
            public void notifyOrganizationHeads(UUID organizationId, String title, String body, String link) {
                if (unit.equals(organizationId)) {
                    notifications.notify(head, title, body, link);
                }
            }
        };
        return new DeadlineReminderJob(repository, calculator, withHeads, fixed, transactionManager);
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
                .anySatisfy(body -> assertThat(body).contains("西湖复〔2025〕4号", "已逾期 1 日", "承办人:" + assignee));
        assertThat(jdbc.queryForList("select body from core_notification where recipient = ?", String.class, assignee))
                .anySatisfy(body -> assertThat(body).contains("西湖复〔2025〕1号", "还剩 3 个工作日"))
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
}
