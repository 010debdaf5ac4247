package cn.sifa.mediation.statistics;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.security.CurrentCaller;

/**
 * Collapses the delta rows of the monthly statistics aggregate (med_case_month, V4_24) into one row per
 * (division, month, dimension, code), dropping keys whose figures sum to zero (every live event adds a positive count to
 * its key, so such a key has none). The days a key covers fold to the earliest first_day and the latest last_day
 * (V4_26), never narrower than its rows'. Only a question of size: readers sum
 * the rows of a key, so the figures are exact before, during and after a run. One statement, so a reader sees either
 * the old rows or their sum; rows that other transactions append meanwhile are not in its snapshot and stay as they
 * are. The sums go in in the readers' index order, so that a subtree's months lie on few pages. ShedLock runs it on
 * one instance at a time (a second one at the same moment would only find fewer rows).
 */
@Component
public class CaseMonthCompaction {

    private static final Logger log = LoggerFactory.getLogger(CaseMonthCompaction.class);

    private static final String FIGURES = "registered, succeeded, failed, amount, amounted, accepted, declined, escalations, "
            + "jc_applied, jc_confirmed, jc_rejected, performed, breached, follow_ups";

    private static final String COMPACT = """
            with repeated as (
                select division_code, month, dim, code from med_case_month group by 1, 2, 3, 4 having count(*) > 1
            ),
            gone as (
                delete from med_case_month m using repeated k
                where m.division_code = k.division_code and m.month = k.month and m.dim = k.dim and m.code = k.code
                returning m.*
            ),
            summed as (
                select division_code, month, dim, code, %s, min(first_day) as first_day, max(last_day) as last_day
                from gone group by 1, 2, 3, 4
            )
            insert into med_case_month (division_code, month, dim, code, %s, first_day, last_day)
            select * from summed where (%s) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            order by division_code, month
            """.formatted(sums(), FIGURES, FIGURES);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    CaseMonthCompaction(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${sifa.mediation.statistics.compaction-cron:0 17 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "med-case-month-compaction", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void scheduled() {
        int rows = run();
        if (rows > 0) {
            log.info("Statistics aggregate: {} keys collapsed", rows);
        }
    }

    /** One pass over all divisions; returns the number of rows written (collapsed keys that did not sum to zero). */
    public int run() {
        return CurrentCaller.runAsSystem(() -> tx.execute(s -> jdbc.update(COMPACT)));
    }

    private static String sums() {
        StringBuilder sb = new StringBuilder();
        for (String f : FIGURES.split(", ")) {
            sb.append(sb.isEmpty() ? "" : ", ").append("sum(").append(f).append(") as ").append(f);
        }
        return sb.toString();
    }
}
