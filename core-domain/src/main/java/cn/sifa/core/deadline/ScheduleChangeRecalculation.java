package cn.sifa.core.deadline;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.calendar.HolidayYearPublished;
import cn.sifa.core.security.CurrentCaller;

/**
 * When a year's holiday schedule is published or corrected, deadlines computed without it (provisional) or with its
 * old version are counted again from their anchor, in every division: an open one moves (reminders start over), a
 * MET or MISSED one is judged again against its new date. Runs after the schedule is committed, in a transaction of
 * its own.
 */
@Component
class ScheduleChangeRecalculation {

    private static final Logger log = LoggerFactory.getLogger(ScheduleChangeRecalculation.class);

    private final DeadlineRepository deadlines;
    private final TransactionTemplate tx;

    ScheduleChangeRecalculation(DeadlineRepository deadlines, PlatformTransactionManager transactionManager) {
        this.deadlines = deadlines;
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(HolidayYearPublished event) {
        int changed = recompute(event);
        log.info("Holiday schedule {} published: {} deadlines recomputed or judged again", event.year(), changed);
    }

    int recompute(HolidayYearPublished event) {
        DeadlineCalculator calculator = CalendarDeadlineCalculator.over(event.calendar());
        LocalDate yearStart = LocalDate.of(event.year(), 1, 1);
        LocalDate yearEnd = LocalDate.of(event.year(), 12, 31);
        return CurrentCaller.runAsSystem(() -> tx.execute(status -> {
            int changed = 0;
            for (Deadline d : deadlines.findAll(DeadlineRepository.affectedBySchedule(yearStart, yearEnd))) {
                if (d.recompute(calculator)) {
                    changed++;
                }
            }
            return changed;
        }));
    }
}
