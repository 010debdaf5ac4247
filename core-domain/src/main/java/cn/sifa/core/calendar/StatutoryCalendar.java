package cn.sifa.core.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.sifa.core.audit.AuditLog;

/**
 * The holiday schedule from {@code core_holiday}, cached in memory: every deadline computation reads it, and it
 * changes about once a year. The cache is swapped when an admin publishes a year on this instance, and reloaded
 * after {@code sifa.calendar.refresh-interval} so that other instances pick the change up too.
 */
@Component
public class StatutoryCalendar implements Supplier<HolidayCalendar> {

    private static final Logger log = LoggerFactory.getLogger(StatutoryCalendar.class);

    private final HolidayRepository holidays;
    private final HolidayYearRepository years;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AuditLog> audit;
    private final Clock clock;
    private final long refreshNanos;

    private volatile Snapshot snapshot;

    private record Snapshot(HolidayCalendar calendar, long loadedAt) {
    }

    StatutoryCalendar(HolidayRepository holidays, HolidayYearRepository years, ApplicationEventPublisher events,
                      ObjectProvider<AuditLog> audit, Clock clock,
                      @Value("${sifa.calendar.refresh-interval:PT10M}") Duration refreshInterval) {
        this.holidays = holidays;
        this.years = years;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.refreshNanos = refreshInterval.toNanos();
    }

    /** The schedule as last loaded; loads it on first use and when the refresh interval has passed. */
    public HolidayCalendar current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAt() > refreshNanos) {
            synchronized (this) {
                s = snapshot;
                if (s == null || System.nanoTime() - s.loadedAt() > refreshNanos) {
                    s = new Snapshot(load(), System.nanoTime());
                    snapshot = s;
                }
            }
        }
        return s.calendar();
    }

    @Override
    public HolidayCalendar get() {
        return current();
    }

    /** Reloads from the database now. */
    public HolidayCalendar refresh() {
        HolidayCalendar loaded = load();
        snapshot = new Snapshot(loaded, System.nanoTime());
        return loaded;
    }

    public List<YearInfo> publishedYears() {
        return years.findAllByOrderByYear().stream()
                .map(y -> new YearInfo(y.getYear(), y.getSource(), y.getAddedAt()))
                .toList();
    }

    public List<HolidayEntry> entriesOf(int year) {
        return holidays.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(h -> new HolidayEntry(h.getDay(), h.getKind(), h.getName()))
                .toList();
    }

    /**
     * Publishes (or corrects) one year's schedule: its days are replaced as a whole, in one transaction. After
     * commit the cache holds the new schedule and {@link HolidayYearPublished} tells the deadlines to recompute.
     * The entries must already be valid (each day inside {@code year}, no day twice).
     */
    @Transactional
    public HolidayCalendar replaceYear(int year, String source, List<HolidayEntry> entries) {
        for (HolidayEntry e : entries) {
            if (e.day().getYear() != year) {
                throw new IllegalArgumentException(e.day() + " is not in " + year);
            }
        }
        List<Holiday> old = holidays.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        int removed = old.size();
        holidays.deleteAll(old);
        // Removed rows must leave the persistence context before rows with the same days are added.
        holidays.flush();
        holidays.saveAll(entries.stream().map(e -> new Holiday(e.day(), e.kind(), e.name())).toList());
        HolidayYear row = years.findById(year).orElse(null);
        if (row != null) {
            row.republish(source, clock.instant());
        } else {
            years.save(new HolidayYear(year, source, clock.instant()));
        }
        holidays.flush();
        HolidayCalendar updated = load();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                snapshot = new Snapshot(updated, System.nanoTime());
            }
        });
        events.publishEvent(new HolidayYearPublished(year, updated));
        log.info("Holiday schedule {} published from {}: {} entries (replaced {})", year, source, entries.size(), removed);
        audit.ifAvailable(a -> a.record("holiday-year.publish", "holiday-year", String.valueOf(year), null,
                "来源 " + source + ",共 " + entries.size() + " 天" + (row != null ? "(替换原有 " + removed + " 天)" : "")));
        return updated;
    }

    private HolidayCalendar load() {
        Map<LocalDate, HolidayKind> days = new HashMap<>();
        holidays.findAll().forEach(h -> days.put(h.getDay(), h.getKind()));
        List<Integer> published = years.findAll().stream().map(HolidayYear::getYear).toList();
        return HolidayCalendar.of(days, published);
    }

    /** A published year: where the schedule came from and when it was added. */
    public record YearInfo(int year, String source, java.time.Instant addedAt) {
    }
}
