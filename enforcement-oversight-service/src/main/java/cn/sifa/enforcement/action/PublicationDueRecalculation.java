package cn.sifa.enforcement.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.calendar.HolidayYearPublished;
import cn.sifa.core.deadline.CalendarDeadlineCalculator;
import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineCalculator.DueDate;
import cn.sifa.core.scope.DivisionScope;

/**
 * Keeps {@code enf_action.publication_due_on} (the 公示 deadline behind the publication-rate figure, stored with each
 * action because ingest must stay a COPY and one upsert) true to the holiday calendar: when a holiday year is
 * published or corrected, the due dates it can decide are recomputed with the new schedule, in the same transaction
 * as the schedule itself ({@code StatutoryCalendar.replaceYear} publishes the event inside its transaction), so that
 * no reader ever sees the new calendar with old due dates. Whether an action was publicized in time is judged at
 * query time against the stored date, so it is judged again as soon as the date changes.
 */
@Component
class PublicationDueRecalculation {

    private static final Logger log = LoggerFactory.getLogger(PublicationDueRecalculation.class);
    /** 20 working days around the Spring Festival span well over a month: decisions from October on can reach into the year. */
    private static final int MONTHS_BEFORE = 3;

    private final JdbcTemplate jdbc;
    private final PublicationDueDates dueDates;

    PublicationDueRecalculation(JdbcTemplate jdbc, PublicationDueDates dueDates) {
        this.jdbc = jdbc;
        this.dueDates = dueDates;
    }

    @EventListener
    void on(HolidayYearPublished event) {
        int changed = recompute(event.year(), CalendarDeadlineCalculator.over(event.calendar()));
        log.info("Holiday schedule {} published: {} publication due dates of enforcement actions recomputed", event.year(), changed);
    }

    /** Recomputes the due dates of decisions the year can decide and of every provisional one; returns the rows changed. */
    int recompute(int year, DeadlineCalculator calculator) {
        LocalDate from = LocalDate.of(year, 1, 1).minusMonths(MONTHS_BEFORE);
        LocalDate to = LocalDate.of(year, 12, 31);
        record Key(String province, String sampleDivision, LocalDate decidedOn, boolean seven) {
        }
        List<Key> keys = jdbc.query("""
                select left(division_code, 2), min(division_code), decided_on, act_type in ('LICENSING', 'PENALTY')
                  from enf_action where decided_on between ? and ? or publication_due_provisional
                 group by 1, 3, 4""",
                (rs, n) -> new Key(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4)), from, to);
        Map<String, PublicationDueDates.Batch> byProvince = new LinkedHashMap<>();
        List<Object[]> updates = new ArrayList<>();
        for (Key k : keys) {
            PublicationDueDates.Batch batch = byProvince.computeIfAbsent(k.province(), p -> dueDates.forDivision(k.sampleDivision(), calculator));
            DueDate due = batch.dueFor(k.seven() ? EnforcementActType.PENALTY : EnforcementActType.OTHER, k.decidedOn());
            updates.add(new Object[] {due.date(), due.provisional(), k.province(), k.decidedOn(), k.seven(), due.date(), due.provisional()});
        }
        int changed = 0;
        for (int n : jdbc.batchUpdate("update enf_action set publication_due_on = ?, publication_due_provisional = ? where "
                + DivisionScope.within(null) + " and decided_on = ? and (act_type in ('LICENSING', 'PENALTY')) = ? "
                + "and (publication_due_on <> ? or publication_due_provisional <> ?)", updates)) {
            changed += Math.max(n, 0);
        }
        return changed;
    }
}
