import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import cn.sifa.core.calendar.HolidayCalendar;
import cn.sifa.core.calendar.HolidayKind;
import cn.sifa.core.deadline.CalendarDeadlineCalculator;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.db.MigrateCommand;
import cn.sifa.enforcement.action.ActionIngest;
import cn.sifa.enforcement.action.ActionRecord;
import cn.sifa.enforcement.action.ActionReportResult;
import cn.sifa.enforcement.action.PublicationDueDates;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Ingest benchmark (not a test; never run by the build). On a fresh embedded PostgreSQL migrated as the application
 * migrates, it times a 10,000-record action-report batch through {@link ActionIngest} (the code path of
 * {@code POST /api/enforcement/v1/action-reports}: per-record validation, publication due dates, COPY into a
 * temporary table and one upsert, as role sifa_app under row-level security) against PostgreSQL COPY of the same
 * rows into a scratch table of the same shape (LIKE enf_action INCLUDING ALL: same columns, checks and indexes). One
 * warm-up round of each is discarded. Writes its figures to docs/benchmarks.md under
 * "## Ingest: action-report batches vs COPY", replacing only that section.
 *
 * Run: bench/ingest/run.sh [rounds]
 */
public class IngestBenchmark {

    static final int BATCH = 10_000;
    static final String HEADING = "## Ingest: action-report batches vs COPY";
    /** The reporting agencies' county, and so the caller's division the ingest runs under. */
    static final String DIVISION = "430105";

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.WARN);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path report = Path.of(args.length > 1 ? args[1] : "docs/benchmarks.md");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String ownerUrl = postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=sifa";
            // Migrated as the application is (placeholders, out-of-order areas, the sifa_app role).
            MigrateCommand.migrate(ownerUrl, "postgres", "postgres");
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(ownerUrl);
            // The ingest runs as the endpoint's does: role sifa_app, bound by the row-level-security policy to the
            // caller's division (the per-connection setting the platform gives each connection it hands out).
            PGSimpleDataSource appDs = new PGSimpleDataSource();
            appDs.setUrl(ownerUrl + "&options=-c%20sifa.division%3D" + DIVISION);
            appDs.setUser("sifa_app");
            appDs.setPassword(MigrateCommand.DEMO_APP_PASSWORD);
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            JdbcTemplate appJdbc = new JdbcTemplate(appDs);
            String pgVersion = jdbc.queryForObject("show server_version", String.class);
            jdbc.execute("create table enf_action_copy (like enf_action including all)");

            Map<LocalDate, HolidayKind> days = new HashMap<>();
            jdbc.query("select day, kind from core_holiday", rs -> {
                days.put(rs.getObject(1, LocalDate.class), HolidayKind.valueOf(rs.getString(2)));
            });
            List<Integer> years = jdbc.queryForList("select year from core_holiday_year", Integer.class);
            CalendarDeadlineCalculator calculator = CalendarDeadlineCalculator.over(HolidayCalendar.of(days, years));
            ActionIngest ingest = new ActionIngest(null, appJdbc, new DataSourceTransactionManager(appDs), new PublicationDueDates(appJdbc, calculator),
                    java.time.Clock.systemDefaultZone());

            List<ActionRecord> records = records(new Random(20261122L));
            List<Double> ingestRates = new ArrayList<>();
            List<Double> copyRates = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                UUID agency = agency(jdbc, round);
                long t0 = System.nanoTime();
                ActionReportResult result = CurrentCaller.runAsSystem(() -> ingest.ingest(agency, DIVISION, records, 0));
                long ingestNanos = System.nanoTime() - t0;
                if (result.accepted() != BATCH) {
                    throw new IllegalStateException("expected " + BATCH + " accepted, got " + result);
                }
                // The very rows the ingest stored (with their computed due dates), as COPY text, prepared untimed.
                String rows = copyText(ds, agency);
                jdbc.execute("truncate enf_action_copy");
                long t1 = System.nanoTime();
                long copied;
                try (Connection c = ds.getConnection()) {
                    copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY enf_action_copy FROM STDIN", new StringReader(rows));
                }
                long copyNanos = System.nanoTime() - t1;
                if (copied != BATCH) {
                    throw new IllegalStateException("COPY wrote " + copied);
                }
                double ingestRate = BATCH / (ingestNanos / 1e9);
                double copyRate = BATCH / (copyNanos / 1e9);
                System.out.printf(Locale.ROOT, "round %d%s: ingest %.0f records/s (%.0f ms), COPY %.0f records/s (%.0f ms)%n", round,
                        round == 0 ? " (warm-up, discarded)" : "", ingestRate, ingestNanos / 1e6, copyRate, copyNanos / 1e6);
                if (round > 0) {
                    ingestRates.add(ingestRate);
                    copyRates.add(copyRate);
                }
            }
            write(report, rounds, ingestRates, copyRates, pgVersion);
        }
    }

    static List<ActionRecord> records(Random r) {
        String[] types = {"LICENSING", "PENALTY", "INSPECTION", "COERCION", "CONFIRMATION", "OTHER"};
        LocalDate start = LocalDate.of(2025, 1, 1);
        List<ActionRecord> list = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            String type = types[r.nextInt(types.length)];
            LocalDate decided = start.plusDays(r.nextInt(600));
            boolean penalty = type.equals("PENALTY");
            boolean major = penalty && r.nextInt(30) == 0;
            list.add(new ActionRecord("BENCH-" + i, type, decided.toString(), "某某餐饮管理有限公司" + (i % 500),
                    i % 3 == 0 ? "91350100M000100Y43" : null, penalty ? List.of("WARNING", "FINE") : null,
                    penalty ? new java.math.BigDecimal("2000.00") : null, major,
                    major ? decided.minusDays(2).toString() : null, decided.plusDays(1 + r.nextInt(10)).toString(), r.nextInt(10) > 0));
        }
        return list;
    }

    static UUID agency(JdbcTemplate jdbc, int round) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into enf_agency (id, created_at, created_by, updated_at, updated_by, division_code, name, kind, power_categories)
                values (?, now(), 'bench', now(), 'bench', ?, ?, 'AUTHORISED', '{PENALTY}')""", id, DIVISION, "基准测试执法主体" + round);
        return id;
    }

    static String copyText(DataSource ds, UUID agency) throws Exception {
        try (Connection c = ds.getConnection()) {
            var out = new java.io.StringWriter();
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (select * from enf_action where agency_id = '" + agency + "') TO STDOUT",
                    out);
            return out.toString();
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static void write(Path report, int rounds, List<Double> ingest, List<Double> copy, String pgVersion) throws IOException {
        double ingestMedian = median(ingest);
        double copyMedian = median(copy);
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        StringBuilder s = new StringBuilder(HEADING).append("\n\n");
        s.append("Measured by `bench/ingest/run.sh` (").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append("): a batch of ").append(BATCH).append(" action reports through `ActionIngest` (the code path of ")
                .append("`POST /api/enforcement/v1/action-reports`: per-record validation, publication due date from the holiday ")
                .append("calendar, `COPY` of the validated rows into a temporary table and one `INSERT ... SELECT ... ON CONFLICT ")
                .append("(agency_id, external_ref) DO UPDATE`, one transaction, as the application's role `sifa_app` under the ")
                .append("row-level-security policy with the caller's division set, as the endpoint runs) against PostgreSQL `COPY` ")
                .append("of the same rows, as the owner, into a ")
                .append("scratch table of the same shape ")
                .append("(`LIKE enf_action INCLUDING ALL`: columns, checks, indexes; no foreign keys). Fresh embedded PostgreSQL, ")
                .append(rounds).append(" rounds after one discarded warm-up; every ingest round inserts 10,000 new records.\n\n");
        s.append("| | records/s (median) | records/s (min – max) | ms per 10,000 (median) |\n|---|---:|---:|---:|\n");
        s.append(row("Ingest service (batch endpoint path)", ingest));
        s.append(row("PostgreSQL COPY (same rows)", copy));
        s.append(String.format(Locale.ROOT, "%nCOPY is **%.1f×** faster than the ingest path (median vs median); the ingest reaches %.0f%% of COPY.%n%n",
                copyMedian / ingestMedian, 100 * ingestMedian / copyMedian));
        s.append("Rounds (records/s): ingest ").append(list(ingest)).append("; COPY ").append(list(copy)).append(".\n\n");
        s.append(String.format(Locale.ROOT, "Machine: %d cores, %.1f GB memory, JDK %s (%s), PostgreSQL %s (embedded, zonky), %s %s; "
                        + "load average %.1f when the run ended.%n",
                Runtime.getRuntime().availableProcessors(), memory / 1e9, System.getProperty("java.version"),
                System.getProperty("java.vendor"), pgVersion, System.getProperty("os.name"), System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        s.append("Absolute figures vary with the machine and its load; the ratio is the figure to compare.\n");

        String existing = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "# Benchmarks\n";
        int start = existing.indexOf(HEADING);
        String updated;
        if (start < 0) {
            updated = existing.stripTrailing() + "\n\n" + s;
        } else {
            int next = existing.indexOf("\n## ", start + HEADING.length());
            updated = existing.substring(0, start) + s + (next < 0 ? "" : "\n" + existing.substring(next + 1));
        }
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, updated, StandardCharsets.UTF_8);
        System.out.println("Wrote " + report);
    }

    static String row(String name, List<Double> rates) {
        double med = median(rates);
        return String.format(Locale.ROOT, "| %s | %,.0f | %,.0f – %,.0f | %,.0f |%n", name, med, Collections.min(rates), Collections.max(rates),
                BATCH / med * 1000);
    }

    static String list(List<Double> rates) {
        return String.join(", ", rates.stream().map(r -> String.format(Locale.ROOT, "%,.0f", r)).toList());
    }
}
