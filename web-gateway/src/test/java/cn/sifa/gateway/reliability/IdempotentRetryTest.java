package cn.sifa.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

/**
 * Issue 16, retries: clients that give up on the first POST after 1 ms and on every retry after a random 5–200 ms and send it again with the same
 * {@code Idempotency-Key} until they get an answer. The server keeps working on the requests the client abandoned,
 * so retries arrive while the first is still running ({@code 409 idempotency-key-in-flight}: retried), or after it
 * finished (the stored 201 replayed). Afterwards there is exactly one record per intended create, and every client
 * holds the id of that record. Four county clients in parallel; {@code -Dsifa.faults.creates=N} creates per client
 * for a bigger run (default 10).
 */
@SifaIntegrationTest(classes = SifaApplication.class)
class IdempotentRetryTest {

    static final Logger log = LoggerFactory.getLogger(IdempotentRetryTest.class);
    static final int CREATES = Integer.getInteger("sifa.faults.creates", 10);
    /** A bound against an endless loop, far above what is needed (a replay answers in a few milliseconds). */
    static final int MAX_ATTEMPTS = 500;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    record Client(String id, String secret) {
    }

    /** What came back to one intended create, after all its attempts. */
    record Outcome(String client, int n, String id, int attempts) {
    }

    final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Test
    void clientsRetryingUnderRandomTimeoutsEndWithExactlyOneRecordPerCreate() throws Exception {
        String marker = "幂等重试-" + UUID.randomUUID().toString().substring(0, 8);
        List<Client> clients = List.of(new Client("kaifu-county", "kaifu-demo-secret"),
                new Client("rongcheng-county", "rongcheng-demo-secret"), new Client("jinyun-county", "jinyun-demo-secret"),
                new Client("quzhou-city", "quzhou-demo-secret"));
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<Future<List<Outcome>>> runs = new ArrayList<>();
        for (Client client : clients) {
            String token = Http.accessToken(port, client.id(), client.secret());
            runs.add(pool.submit(() -> createAll(client.id(), token, marker)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> run : runs) {
            outcomes.addAll(run.get());
        }
        pool.shutdown();

        // Exactly one record per intended create, and it is the one each client was answered with.
        Map<String, List<String>> stored = new TreeMap<>();
        jdbc.query("SELECT summary, id FROM sifa.med_case WHERE summary LIKE ?", rs -> {
            stored.computeIfAbsent(rs.getString(1), s -> new ArrayList<>()).add(rs.getString(2));
        }, marker + "-%");
        long duplicates = stored.values().stream().mapToLong(ids -> ids.size() - 1L).sum();
        log.info("Retries under random timeouts: {} creates intended by {} clients, {} attempts {}, {} records stored, "
                        + "{} duplicates", outcomes.size(), clients.size(), outcomes.stream().mapToInt(Outcome::attempts).sum(),
                new TreeMap<>(counts), stored.size(), duplicates);
        assertThat(outcomes).hasSize(clients.size() * CREATES);
        assertThat(duplicates).as("duplicate records").isZero();
        assertThat(stored).hasSize(outcomes.size());
        for (Outcome o : outcomes) {
            assertThat(stored.get(summary(marker, o.client(), o.n()))).as("records of %s #%d", o.client(), o.n())
                    .containsExactly(o.id());
        }
        assertThat(counts.getOrDefault("timeout", new AtomicInteger()).get()).as("requests that timed out").isPositive();
    }

    private List<Outcome> createAll(String client, String token, String marker) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Outcome> outcomes = new ArrayList<>();
        for (int n = 0; n < CREATES; n++) {
            String key = UUID.randomUUID().toString();
            String body = Http.JSON.writeValueAsString(Map.of("source", "PARTY_APPLICATION", "disputeType", "NEIGHBOUR",
                    "summary", summary(marker, client, n),
                    "parties", List.of(Map.of("role", "APPLICANT", "kind", "PERSON", "name", "重试" + n))));
            String id = null;
            int attempt = 0;
            while (id == null) {
                attempt++;
                assertThat(attempt).as("attempts for %s #%d", client, n).isLessThanOrEqualTo(MAX_ATTEMPTS);
                // The first attempt always gives up after 1 ms, so every run abandons requests the server is still
                // working on, however fast the machine; later attempts wait a random 5–200 ms.
                Duration timeout = Duration.ofMillis(attempt == 1 ? 1 : ThreadLocalRandom.current().nextLong(5, 201));
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/mediation/v1/cases"))
                        .timeout(timeout).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Accept", "application/json, application/problem+json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                HttpResponse<String> response;
                try {
                    response = http.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (HttpTimeoutException e) {
                    count("timeout");
                    continue; // the server may still be working on it: send the same request again
                } catch (java.io.IOException e) {
                    count("io-error");
                    continue;
                }
                int status = response.statusCode();
                String type = status >= 400 ? Http.JSON.readTree(response.body()).path("type").asString("") : "";
                if (status == 201) {
                    count(response.headers().firstValue("Idempotent-Replayed").isPresent() ? "201-replayed" : "201");
                    id = Http.JSON.readTree(response.body()).get("id").asString();
                } else if (status == 409 && type.endsWith("/idempotency-key-in-flight")) {
                    count("409-in-flight");
                    Thread.sleep(20); // Retry-After says 1 s; a hurried client retries sooner, it changes nothing
                } else if (status == 429) {
                    count("429");
                    Thread.sleep(200);
                } else {
                    throw new AssertionError(client + " #" + n + " attempt " + attempt + ": " + status + " " + response.body());
                }
            }
            outcomes.add(new Outcome(client, n, id, attempt));
        }
        return outcomes;
    }

    private void count(String what) {
        counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String summary(String marker, String client, int n) {
        return marker + "-" + client + "-" + n;
    }
}
