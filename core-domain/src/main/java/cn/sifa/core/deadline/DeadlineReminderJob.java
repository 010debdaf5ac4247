package cn.sifa.core.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.notification.Notifications;
import cn.sifa.core.notification.Recipients;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.workflow.DueDates;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The deadline reminders of every service (SERVICE-CHECKLIST): the assignee is told once when a deadline is
 * due soon ({@link DueDates}: {@value DueDates#DUE_SOON_WORKING_DAYS} working days away or less), and once when it is overdue, when the unit
 * head is told too. ShedLock makes one instance run it at a time; the notified_* columns make each reminder
 * go out once even across runs, and each batch's rows stay locked until it commits with its notifications (skipped by
 * a second instance running at the same time), so two instances never both send one. Runs as system, so it sees every division; each reminder goes only to someone who
 * may open the record ({@link Notifications#notifyAbout}), never across divisions.
 */
@Component
public class DeadlineReminderJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminderJob.class);
    private static final int BATCH = 200;

    private final DeadlineRepository deadlines;
    private final DeadlineCalculator calculator;
    private final Notifications notifications;
    private final Recipients recipients;
    private final Clock clock;
    private final TransactionTemplate tx;

    public DeadlineReminderJob(DeadlineRepository deadlines, DeadlineCalculator calculator, Notifications notifications,
                               Recipients recipients, Clock clock, PlatformTransactionManager transactionManager) {
        this.deadlines = deadlines;
        this.calculator = calculator;
        this.notifications = notifications;
        this.recipients = recipients;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How many deadlines got each kind of reminder in one run. */
    public record Run(int dueSoon, int overdue) {
    }

    @Scheduled(cron = "${sifa.deadlines.reminder-cron:0 */15 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "deadline-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void scheduled() {
        Run run = run();
        if (run.dueSoon() + run.overdue() > 0) {
            log.info("Deadline reminders: {} due soon, {} overdue", run.dueSoon(), run.overdue());
        }
    }

    /** One pass over all divisions as of the clock's today. Each batch commits together with its notifications. */
    public Run run() {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastSoonDay = new DueDates(calculator).dueSoonUntil(today);
        return CurrentCaller.runAsSystem(() -> {
            int soon = 0;
            int overdue = 0;
            int handled;
            do {
                handled = tx.execute(s -> {
                    List<Deadline> batch = deadlines.findByStateAndNotifiedSoonAtIsNullAndDueDateBetweenOrderByDueDateAscIdAsc(
                            Deadline.State.OPEN, today, lastSoonDay, Limit.of(BATCH));
                    Instant now = clock.instant();
                    batch.forEach(d -> remindDueSoon(d, today, now));
                    return batch.size();
                });
                soon += handled;
            } while (handled == BATCH);
            do {
                handled = tx.execute(s -> {
                    List<Deadline> batch = deadlines.findByStateAndNotifiedOverdueAtIsNullAndDueDateBeforeOrderByDueDateAscIdAsc(
                            Deadline.State.OPEN, today, Limit.of(BATCH));
                    Instant now = clock.instant();
                    batch.forEach(d -> remindOverdue(d, today, now));
                    return batch.size();
                });
                overdue += handled;
            } while (handled == BATCH);
            return new Run(soon, overdue);
        });
    }

    private void remindDueSoon(Deadline d, LocalDate today, Instant now) {
        if (d.getAssignee() != null) {
            String when = d.getDueDate().isEqual(today) ? "今天届满"
                    : "将于 " + d.getDueDate() + " 届满(还剩 " + inOwnUnit(d, today, d.getDueDate()) + ")";
            notifications.notifyAbout(d.getDivisionCode(), d.getAssignee(), "期限即将届满:" + d.getLabel(),
                    subject(d) + d.getLabel() + when + provisionalNote(d) + "。依据:" + d.getBasis(), d.getLink());
        }
        d.markSoonNotified(now);
    }

    private void remindOverdue(Deadline d, LocalDate today, Instant now) {
        String title = "期限已逾期:" + d.getLabel();
        String body = subject(d) + d.getLabel() + "已于 " + d.getDueDate() + " 届满,已逾期 " + inOwnUnit(d, d.getDueDate(), today)
                + "。依据:" + d.getBasis();
        if (d.getAssignee() != null) {
            notifications.notifyAbout(d.getDivisionCode(), d.getAssignee(), title, body, d.getLink());
        }
        if (d.getUnitOrgId() != null) {
            notifications.notifyOrganizationHeadsAbout(d.getDivisionCode(), d.getUnitOrgId(), title,
                    body + (d.getAssignee() != null ? "。承办人:" + recipients.displayNameOf(d.getAssignee()).orElse(d.getAssignee())
                            : "。尚未指定承办人"), d.getLink());
        }
        d.markOverdueNotified(now);
    }

    /**
     * The time from {@code from} to {@code to} in the deadline's own unit, as the worklist and the lists count it:
     * working days for a working-day period, days otherwise (issue 14: one unit per deadline everywhere).
     */
    private String inOwnUnit(Deadline d, LocalDate from, LocalDate to) {
        if (d.getUnit() == DeadlineUnit.WORKING_DAY) {
            int days = from.isBefore(to) ? calculator.workingDaysUntil(from, to) : 0;
            return Math.max(1, days) + " 个工作日";
        }
        return ChronoUnit.DAYS.between(from, to) + " 日";
    }

    /**
     * The record's reference (开福调〔2026〕12号, JC-2026-0001) to open the text with. Some records keep a name or an
     * item kind where the reference goes; that is not repeated, the label already says what is due.
     */
    private static String subject(Deadline d) {
        String caseNo = d.getCaseNo();
        return caseNo != null && REFERENCE.matcher(caseNo.strip()).find() && !caseNo.strip().equals(d.getLabel())
                ? caseNo.strip() + " 的" : "";
    }

    /** A reference number, as the portal's worklist tells one from a name (utils/worklist.ts isReference). */
    private static final Pattern REFERENCE = Pattern.compile(
            "〔\\d{4}〕|\\[\\d{4}]|\\(\\d{4}\\)|\\d+\\s*号$|^[A-Za-z0-9][A-Za-z0-9\\-_/.]{3,}$");

    private static String provisionalNote(Deadline d) {
        return d.isProvisional() ? "(该日期所在年度的节假日安排尚未公布,日期暂定)" : "";
    }
}
