package cn.sifa.bench.generate;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the services measured beside mediation share: one chunk per month of the period, the deadline rules read
 * from the schema in {@link #prepare}, present when all their tables and {@code core_deadline} are.
 */
abstract class ServiceDomain implements Domain {

    protected final long seed;
    protected final WorkingCalendar calendar;
    protected final Counties counties;
    protected final LocalDate to;
    protected final CountyLoad.Months months;
    protected final AtomicLong written = new AtomicLong();
    protected Deadlines deadlines;

    ServiceDomain(long seed, LocalDate from, LocalDate to, WorkingCalendar calendar, Counties counties) {
        this.seed = seed;
        this.calendar = calendar;
        this.counties = counties;
        this.to = to;
        this.months = CountyLoad.Months.of(from, to, calendar);
    }

    /** Tables that must exist beside {@link #tables()}. */
    protected List<String> alsoRequired() {
        return List.of("core_deadline");
    }

    @Override
    public boolean present(Connection c) throws Exception {
        for (String t : tables()) {
            if (!BulkLoad.tableExists(c, t)) {
                return false;
            }
        }
        for (String t : alsoRequired()) {
            if (!BulkLoad.tableExists(c, t)) {
                return false;
            }
        }
        return true;
    }

    /** Reads the deadline rules; subclasses add their reference rows. */
    @Override
    public List<CopyBuffer> prepare(Connection c) throws Exception {
        deadlines = Deadlines.load(c, calendar);
        return List.of();
    }

    @Override
    public int chunks() {
        return months.starts().size();
    }
}
