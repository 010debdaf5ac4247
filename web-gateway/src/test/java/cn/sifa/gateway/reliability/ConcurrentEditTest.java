package cn.sifa.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

/**
 * Issue 16, concurrency: clerks editing the same records from many threads at once, over real HTTP against the
 * assembled application. Every answer is 2xx, 409 or 412 (a 429 is waited out and sent again: it was not run), never
 * 5xx, and the final record shows exactly the successful writes: each success adds one to a counter or appends its
 * own marker, so an update lost to a race would show as a missing marker or a short count.
 * {@code -Dsifa.stress=N} multiplies the threads and rounds (a bigger run).
 */
@SifaIntegrationTest(classes = SifaApplication.class)
class ConcurrentEditTest {

    static final int STRESS = Integer.getInteger("sifa.stress", 1);
    static final int THREADS = 8 * Math.min(STRESS, 4);
    static final int ROUNDS = 4 * STRESS;

    @LocalServerPort
    int port;

    Http county;

    @BeforeEach
    void token() {
        county = new Http(port).bearer(Http.accessToken(port, "kaifu-county", "kaifu-demo-secret")).timeout(Duration.ofSeconds(120));
    }

    /** Answers by status; 429s are counted apart (and sent again). */
    static final class Tally {
        final Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        final AtomicInteger rateLimited = new AtomicInteger();

        Http.Response send(Supplier<Http.Response> request) {
            while (true) {
                Http.Response r = request.get();
                if (r.status() == 429) {
                    rateLimited.incrementAndGet();
                    sleep(Long.parseLong(r.header("Retry-After")) * 1000);
                    continue;
                }
                byStatus.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                if (r.status() >= 300) {
                    assertThat(r.status()).as(r.body()).isIn(409, 412);
                    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
                }
                return r;
            }
        }

        int count(int status) {
            AtomicInteger n = byStatus.get(status);
            return n == null ? 0 : n.get();
        }

        int successes() {
            return byStatus.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToInt(e -> e.getValue().get()).sum();
        }

        @Override
        public String toString() {
            Map<Integer, Integer> sorted = new TreeMap<>();
            byStatus.forEach((k, v) -> sorted.put(k, v.get()));
            return sorted + (rateLimited.get() > 0 ? " (429 waited out: " + rateLimited + ")" : "");
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work(thread)} on {@link #THREADS} threads released together. */
    static void together(int threads, java.util.function.IntConsumer work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    work.accept(thread);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void report(String what, Object... figures) {
        LoggerFactory.getLogger(ConcurrentEditTest.class).info("Concurrent edits: " + what, figures);
    }

    /** An enforcement officer of 开福区; {@code trainingHours} is the counter the writers change. */
    Map<String, Object> officer(String agencyId, String certificateNo, int trainingHours) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyId", agencyId);
        body.put("name", "并发测试");
        body.put("certificateNo", certificateNo);
        body.put("certificateValidUntil", "2028-12-31");
        body.put("examResult", "PASSED");
        body.put("trainingHours", trainingHours);
        return body;
    }

    /** A new officer: its path, agency and certificate number. */
    String[] newOfficer() {
        Http.Response agencies = county.get("/api/enforcement/v1/agencies?size=1");
        assertThat(agencies.status()).as(agencies.body()).isEqualTo(200);
        String agency = agencies.json().get("content").get(0).get("id").asString();
        String certificate = "CC" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Http.Response created = county.post("/api/enforcement/v1/officers", officer(agency, certificate, 0));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new String[] {"/api/enforcement/v1/officers/" + created.json().get("id").asString(), agency, certificate};
    }

    @Test
    void readModifyWriteWithIfMatchNeverLosesAnUpdate() throws Exception {
        String[] officer = newOfficer();
        String path = officer[0];
        long startVersion = county.get(path).json().get("version").asLong();
        Tally puts = new Tally();
        Tally reads = new Tally();
        long started = System.nanoTime();

        // Each round: read the officer, add one to the training hours, write it back naming the version read.
        together(THREADS, thread -> {
            for (int round = 0; round < ROUNDS; round++) {
                Http.Response read = reads.send(() -> county.get(path));
                int hours = read.json().get("trainingHours").asInt();
                String etag = read.header("ETag");
                puts.send(() -> county.put(path, officer(officer[1], officer[2], hours + 1), Map.of("If-Match", etag)));
            }
        });

        JsonNode last = county.get(path).json();
        report("If-Match read-modify-write on one enforcement officer: {} threads x {} rounds in {} ms, answers {}",
                THREADS, ROUNDS, Duration.ofNanos(System.nanoTime() - started).toMillis(), puts);
        assertThat(puts.successes() + puts.count(409) + puts.count(412)).isEqualTo(THREADS * ROUNDS);
        assertThat(puts.successes()).isPositive();
        // No lost update: every success counted once, and each one made exactly one new version.
        assertThat(last.get("trainingHours").asInt()).isEqualTo(puts.successes());
        assertThat(last.get("version").asLong()).isEqualTo(startVersion + puts.successes());
    }

    @Test
    void writesWithoutIfMatchEachMakeOneVersionOrAnswer409() throws Exception {
        String[] officer = newOfficer();
        String path = officer[0];
        long startVersion = county.get(path).json().get("version").asLong();
        Tally puts = new Tally();
        Set<Integer> written = ConcurrentHashMap.newKeySet();

        // Blind writes of distinct values: the last one committed must be the one the record shows.
        together(THREADS, thread -> {
            for (int round = 0; round < ROUNDS; round++) {
                int value = (thread * ROUNDS + round + 1) % 2000;
                Http.Response r = puts.send(() -> county.put(path, officer(officer[1], officer[2], value), Map.of()));
                if (r.status() == 200) {
                    written.add(value);
                }
            }
        });

        JsonNode last = county.get(path).json();
        report("blind PUTs on one enforcement officer: {} threads x {} rounds, answers {}", THREADS, ROUNDS, puts);
        assertThat(puts.successes() + puts.count(409)).isEqualTo(THREADS * ROUNDS);
        assertThat(last.get("version").asLong()).isEqualTo(startVersion + puts.successes());
        assertThat(written).contains(last.get("trainingHours").asInt());
    }

    /** A registered and accepted case of 开福区 (the county client's division). */
    String acceptedCase() {
        String caseId = registeredCase();
        Http.Response accepted = county.post("/api/mediation/v1/cases/" + caseId + "/accept",
                Map.of("mediatorIds", List.of(mediatorId())));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return caseId;
    }

    String registeredCase() {
        Http.Response created = county.post("/api/mediation/v1/cases", Map.of("source", "PARTY_APPLICATION",
                "disputeType", "NEIGHBOUR", "summary", "并发测试:相邻通行纠纷", "receivedOn", "2026-11-02",
                "parties", List.of(Map.of("role", "APPLICANT", "kind", "PERSON", "name", "张并发"),
                        Map.of("role", "RESPONDENT", "kind", "PERSON", "name", "李并发"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    String mediatorId() {
        Http.Response mediators = county.get("/api/mediation/v1/mediators?size=1");
        assertThat(mediators.status()).as(mediators.body()).isEqualTo(200);
        return mediators.json().get("content").get(0).get("id").asString();
    }

    @Test
    void aStepRacedByManyClerksRunsOnce() throws Exception {
        String mediator = mediatorId();
        Tally withIfMatch = new Tally();
        Tally without = new Tally();
        int cases = 3 * STRESS;
        for (int c = 0; c < cases; c++) {
            String caseId = registeredCase();
            String etag = county.get("/api/mediation/v1/cases/" + caseId).header("ETag");
            // Half the clerks name the version they read, half do not: one accept wins, every other one is refused.
            together(THREADS, thread -> {
                Map<String, String> headers = thread % 2 == 0 ? Map.of("If-Match", etag) : Map.of();
                (thread % 2 == 0 ? withIfMatch : without).send(() -> county.post("/api/mediation/v1/cases/" + caseId + "/accept",
                        Map.of("mediatorIds", List.of(mediator)), headers));
            });
            JsonNode history = county.get("/api/mediation/v1/cases/" + caseId + "/history").json();
            int accepts = 0;
            for (JsonNode step : history) {
                if ("accept".equals(step.path("action").asString(""))) {
                    accepts++;
                }
            }
            assertThat(accepts).as("accept steps in the history").isEqualTo(1);
            assertThat(county.get("/api/mediation/v1/cases/" + caseId).json().get("status").asString()).isEqualTo("ACCEPTED");
        }
        report("{} clerks accepting the same case at once, {} cases: with If-Match {}, without {}", THREADS, cases, withIfMatch, without);
        assertThat(withIfMatch.successes() + without.successes()).isEqualTo(cases);
    }

    @Test
    void sessionsAppendedConcurrentlyAreAllKeptOrRefused() throws Exception {
        String caseId = acceptedCase();
        String path = "/api/mediation/v1/cases/" + caseId;
        Tally tally = new Tally();
        Set<String> kept = ConcurrentHashMap.newKeySet();
        long started = System.nanoTime();

        // Odd threads read the ETag first and send If-Match, even threads append blindly; each session carries a marker.
        together(THREADS, thread -> {
            for (int round = 0; round < ROUNDS; round++) {
                String marker = "调解记录 t" + thread + " r" + round;
                Map<String, String> headers = thread % 2 == 1 ? Map.of("If-Match", tally.send(() -> county.get(path)).header("ETag")) : Map.of();
                Http.Response r = tally.send(() -> county.post(path + "/sessions", Map.of("place", "调解室", "notes", marker), headers));
                if (r.status() == 200) {
                    kept.add(marker);
                }
            }
        });

        JsonNode sessions = county.get(path).json().get("sessions");
        Set<String> stored = new HashSet<>();
        sessions.forEach(s -> stored.add(s.get("notes").asString()));
        int gets = THREADS / 2 * ROUNDS;
        report("{} threads x {} rounds appending sessions to one case in {} ms: answers {} ({} of them reads), {} sessions kept",
                THREADS, ROUNDS, Duration.ofNanos(System.nanoTime() - started).toMillis(), tally, gets, sessions.size());
        assertThat(sessions.size()).as("one session per success, no duplicate").isEqualTo(kept.size());
        assertThat(stored).isEqualTo(kept);
        assertThat(kept).isNotEmpty();
    }
}
