package cn.sifa.bench.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import cn.sifa.db.MigrateCommand;

/**
 * Fills a PostgreSQL database with synthetic, valid, reproducible data through the real schema, with COPY.
 *
 * <pre>
 * java -cp 'bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*' cn.sifa.bench.generate.Generate \
 *      --url jdbc:postgresql://127.0.0.1:55432/sifa --scale 1.0 --seed 42 [--reset]
 * </pre>
 *
 * Scale 1.0: 1,000,000 mediation cases (with parties, mediators, sessions, follow-ups, agreements on the case row)
 * and 5,000,000 enforcement actions (with their agencies), from {@code --from} to {@code --to} (5 years), over the
 * counties of provinces 33, 37, 41 and 43; legal aid, review/appeal and community correction at the yearly counts
 * per county of the seeds (their classes say which). See docs/benchmarks.md.
 */
public final class Generate {

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = parse(argv);
        String url = a.getOrDefault("url", "jdbc:postgresql://127.0.0.1:55432/sifa");
        String user = a.getOrDefault("user", "postgres");
        String password = a.getOrDefault("password", "");
        double scale = Double.parseDouble(a.getOrDefault("scale", "1.0"));
        long seed = Long.parseLong(a.getOrDefault("seed", "42"));
        LocalDate from = LocalDate.parse(a.getOrDefault("from", "2021-11-01"));
        LocalDate to = LocalDate.parse(a.getOrDefault("to", "2026-10-31"));
        List<String> only = List.of(a.getOrDefault("only", "mediation,enforcement,legalaid,review,correction").split(","));
        boolean reset = a.containsKey("reset");
        boolean keepIndexes = a.containsKey("keep-indexes");

        long t0 = System.nanoTime();
        System.out.printf(Locale.ROOT, "sifa bench generate: scale %.3f, seed %d, %s..%s, %s%n", scale, seed, from, to, url);
        var migrated = MigrateCommand.migrate(url, user, password);
        System.out.printf("  schema migrated (%d migrations applied now)%n", migrated.migrationsExecuted);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("scale", scale);
        report.put("seed", seed);
        report.put("from", from.toString());
        report.put("to", to.toString());

        List<Domain> domains = new ArrayList<>();
        try (Connection c = connect(url, user, password)) {
            BulkLoad.rebuildIndexes(c);
            WorkingCalendar calendar = WorkingCalendar.load(c);
            Counties counties = Counties.load(c, seed);
            System.out.printf("  %d counties, %d published holiday/make-up days%n", counties.all.size(), calendar.publishedDays());
            List<Domain> candidates = List.of(
                    new MediationData(seed, scale, from, to, calendar, counties),
                    new EnforcementData(seed, scale, from, to, calendar, counties),
                    new LegalAidData(seed, scale, from, to, calendar, counties),
                    new ReviewData(seed, scale, from, to, calendar, counties),
                    new CorrectionData(seed, scale, from, to, calendar, counties));
            for (Domain d : candidates) {
                if (!only.contains(d.name())) {
                    continue;
                }
                if (!d.present(c)) {
                    System.out.printf("  %s: tables not in the schema yet, skipped%n", d.name());
                    continue;
                }
                domains.add(d);
            }
            for (Domain d : domains) {
                String main = d.tables().get(0);
                long existing = BulkLoad.count(c, main);
                if (existing > 0) {
                    if (!reset) {
                        throw new IllegalStateException(main + " already holds " + existing + " rows: pass --reset to empty the generated tables first");
                    }
                    try (Statement s = c.createStatement()) {
                        s.execute("TRUNCATE " + String.join(", ", d.tables().stream().map(t -> "sifa." + t).toList()) + " CASCADE");
                    }
                    System.out.printf("  %s: emptied %s%n", d.name(), d.tables());
                }
                // deadline rows of this domain's records (core_deadline is shared; mediation empties it whole)
                if (reset && !d.recordTypes().isEmpty() && BulkLoad.count(c, "core_deadline") > 0) {
                    try (var ps = c.prepareStatement("DELETE FROM sifa.core_deadline WHERE record_type = ANY (?)")) {
                        ps.setArray(1, c.createArrayOf("text", d.recordTypes().toArray()));
                        int n = ps.executeUpdate();
                        if (n > 0) {
                            System.out.printf("  %s: deleted %,d core_deadline rows%n", d.name(), n);
                        }
                    }
                }
            }
            if (!keepIndexes) {
                List<String> all = new ArrayList<>();
                domains.forEach(d -> all.addAll(d.tables()));
                BulkLoad.dropSecondaryIndexes(c, all);
            }
        }

        Map<String, AtomicLong> rowsPerTable = new ConcurrentHashMap<>();
        Map<String, Double> secondsPerDomain = new ConcurrentHashMap<>();
        long tLoad = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (Domain d : domains) {
            Thread t = new Thread(() -> {
                try {
                    long td = System.nanoTime();
                    load(d, url, user, password, rowsPerTable);
                    secondsPerDomain.put(d.name(), (System.nanoTime() - td) / 1e9);
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "load-" + d.name());
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            failures.forEach(Throwable::printStackTrace);
            throw new IllegalStateException("generation failed", failures.get(0));
        }
        double loadSeconds = (System.nanoTime() - tLoad) / 1e9;
        long totalRows = rowsPerTable.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf(Locale.ROOT, "  COPY done: %,d rows in %.1f s (%,.0f rows/s)%n", totalRows, loadSeconds, totalRows / loadSeconds);

        long tIdx = System.nanoTime();
        try (Connection c = connect(url, user, password)) {
            BulkLoad.rebuildIndexes(c);
            double idxSeconds = (System.nanoTime() - tIdx) / 1e9;
            long tAn = System.nanoTime();
            try (Statement s = c.createStatement()) {
                java.util.Set<String> analyzed = new java.util.LinkedHashSet<>();
                for (Domain d : domains) {
                    analyzed.addAll(d.tables());
                    if (!d.recordTypes().isEmpty()) {
                        analyzed.add("core_deadline");
                    }
                }
                for (String t : analyzed) {
                    s.execute("VACUUM (ANALYZE) sifa." + t);
                }
            }
            double analyzeSeconds = (System.nanoTime() - tAn) / 1e9;
            double total = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "  indexes rebuilt in %.1f s, VACUUM ANALYZE %.1f s; total %.1f s (%,.0f rows/s end to end)%n",
                    idxSeconds, analyzeSeconds, total, totalRows / total);
            report.put("tables", toPlain(rowsPerTable));
            report.put("domainSeconds", new LinkedHashMap<>(secondsPerDomain));
            report.put("rows", totalRows);
            report.put("copySeconds", round(loadSeconds));
            report.put("copyRowsPerSecond", Math.round(totalRows / loadSeconds));
            report.put("indexSeconds", round(idxSeconds));
            report.put("analyzeSeconds", round(analyzeSeconds));
            report.put("totalSeconds", round(total));
            report.put("rowsPerSecondEndToEnd", Math.round(totalRows / total));
        }
        if (a.containsKey("report")) {
            Files.writeString(Path.of(a.get("report")), json(report));
            System.out.println("  report: " + a.get("report"));
        }
    }

    private static void load(Domain d, String url, String user, String password, Map<String, AtomicLong> rowsPerTable) throws Exception {
        try (Connection c = connect(url, user, password)) {
            long ref = 0;
            for (CopyBuffer b : d.prepare(c)) {
                rowsPerTable.computeIfAbsent(b.table, k -> new AtomicLong()).addAndGet(b.rows());
                ref += b.rows();
            }
            System.out.printf("  %s: %,d reference rows%n", d.name(), ref);
            ExecutorService gen = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "gen-" + d.name());
                t.setDaemon(true);
                return t;
            });
            try {
                Deque<Future<List<CopyBuffer>>> ahead = new ArrayDeque<>();
                int next = 0;
                for (; next < Math.min(2, d.chunks()); next++) {
                    int i = next;
                    ahead.add(gen.submit(() -> d.chunk(i)));
                }
                for (int i = 0; i < d.chunks(); i++) {
                    List<CopyBuffer> buffers = ahead.poll().get();
                    if (next < d.chunks()) {
                        int n = next++;
                        ahead.add(gen.submit(() -> d.chunk(n)));
                    }
                    BulkLoad.copy(c, buffers.toArray(new CopyBuffer[0]));
                    for (CopyBuffer b : buffers) {
                        rowsPerTable.computeIfAbsent(b.table, k -> new AtomicLong()).addAndGet(b.rows());
                    }
                    if ((i + 1) % 6 == 0 || i + 1 == d.chunks()) {
                        System.out.printf("  %s: chunk %d/%d, %s%n", d.name(), i + 1, d.chunks(), d.progress());
                    }
                }
            } finally {
                gen.shutdownNow();
            }
        }
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        try (Statement s = c.createStatement()) {
            s.execute("SET synchronous_commit = off");
            s.execute("SET search_path = sifa");
        }
        return c;
    }

    private static Map<String, Long> toPlain(Map<String, AtomicLong> m) {
        Map<String, Long> r = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> r.put(e.getKey(), e.getValue().get()));
        return r;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String json(Object o) {
        if (o instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(json(v)));
            return sb.append('}').toString();
        }
        if (o instanceof Number || o instanceof Boolean) {
            return String.valueOf(o);
        }
        return "\"" + o + "\"";
    }

    private static Map<String, String> parse(String[] argv) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String k = argv[i];
            if (!k.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + k);
            }
            k = k.substring(2);
            if (k.equals("help")) {
                System.out.println("options: --url --user --password --scale --seed --from --to --only mediation,enforcement,legalaid,review,correction --reset --keep-indexes --report FILE");
                System.exit(0);
            }
            if (k.equals("reset") || k.equals("keep-indexes")) {
                m.put(k, "true");
            } else {
                m.put(k, argv[++i]);
            }
        }
        return m;
    }
}
