package cn.sifa.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

/**
 * Issue 16, rate limits under a flood: one client floods the API from many threads while another client works at
 * its normal pace; anonymous logins and token requests with a wrong secret flood from one address while another
 * address asks for a token. The flooder gets 429 problem+json with {@code Retry-After} beyond its limit, the others
 * are not touched. The limits are the tight ones of {@link cn.sifa.gateway.security.TightSettingsTest} (1 request a
 * second, burst 3; the same settings, so the same application context). {@code -Dsifa.stress=N} floods with N times
 * the threads for N times as long.
 */
@SifaIntegrationTest(classes = SifaApplication.class, properties = {
        "sifa.embedded-postgres.enabled=false",
        "sifa.rate-limit.requests-per-second=1",
        "sifa.rate-limit.burst=3",
        "sifa.docs.require-login=true"})
@AutoConfigureMockMvc
class RateLimitFloodTest {

    static final int STRESS = Integer.getInteger("sifa.stress", 1);
    static final long PER_SECOND = 1;
    static final long BURST = 3;

    @LocalServerPort
    int port;

    /** Answers by status, with a check of every 429. */
    static final class Tally {
        final Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();

        void add(int status, String retryAfter, String contentType) {
            byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (status == 429) {
                assertThat(retryAfter).as("Retry-After").isNotNull();
                assertThat(Integer.parseInt(retryAfter)).isBetween(1, 2);
                assertThat(contentType).startsWith("application/problem+json");
            }
        }

        int count(int status) {
            AtomicInteger n = byStatus.get(status);
            return n == null ? 0 : n.get();
        }

        int sent() {
            return byStatus.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        int successes() {
            return byStatus.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToInt(e -> e.getValue().get()).sum();
        }

        @Override
        public String toString() {
            Map<Integer, Integer> sorted = new TreeMap<>();
            byStatus.forEach((k, v) -> sorted.put(k, v.get()));
            return sent() + " sent " + sorted;
        }
    }

    /** Sends {@code request} from {@code threads} threads until {@code stop} is set. */
    static Future<?> flood(ExecutorService pool, int threads, AtomicBoolean stop, Tally tally, Supplier<Raw> request) {
        Future<?>[] all = new Future<?>[threads];
        for (int i = 0; i < threads; i++) {
            all[i] = pool.submit(() -> {
                while (!stop.get()) {
                    Raw r = request.get();
                    tally.add(r.status(), r.header("Retry-After"), r.header("Content-Type"));
                }
                return null;
            });
        }
        return pool.submit(() -> {
            for (Future<?> f : all) {
                f.get(5, TimeUnit.MINUTES);
            }
            return null;
        });
    }

    @Test
    void aFloodFromOneClientOrAddressIsRefusedWith429WhileOthersAreServed() throws Exception {
        String a = Http.accessToken(port, "quzhou-city", "quzhou-demo-secret");
        String b = Http.accessToken(port, "kaifu-county", "kaifu-demo-secret");
        sleep(BURST * 1000 / PER_SECOND + 1000); // the address's token-endpoint bucket full again after those two
        Http calm = new Http(port).bearer(b);
        Tally clientA = new Tally();
        Tally clientB = new Tally();
        Tally logins = new Tally();
        Tally badSecrets = new Tally();
        Tally otherAddress = new Tally();
        AtomicBoolean stop = new AtomicBoolean();
        int threads = 4 * STRESS;
        int calmRequests = 4 * STRESS;
        ExecutorService pool = Executors.newFixedThreadPool(3 * threads + 3);
        long started = System.nanoTime();
        try {
            // Client A floods an API read; anonymous logins (unknown user) and token requests with a wrong secret
            // flood from 127.0.0.1.
            String login = "{\"username\":\"flood-nobody\",\"password\":\"Wrong#Password1\"}";
            Future<?> floodA = flood(pool, threads, stop, clientA,
                    () -> Raw.send("127.0.0.1", port, "GET", "/api/mediation/v1/cases?size=1", Map.of("Authorization", "Bearer " + a), null));
            Future<?> floodLogin = flood(pool, threads, stop, logins, () -> Raw.loginAttempt(port, login));
            Future<?> floodToken = flood(pool, threads, stop, badSecrets, () -> Raw.token("127.0.0.1", port, "kaifu-county", "not-the-secret"));

            // Meanwhile client B works at its pace (under its limit), and another address gets a token.
            for (int i = 0; i < calmRequests; i++) {
                sleep(1200 / PER_SECOND);
                Http.Response r = calm.get("/api/mediation/v1/cases?size=1");
                clientB.add(r.status(), r.header("Retry-After"), r.header("Content-Type"));
                Raw token = Raw.token("127.0.0.2", port, "jinyun-county", "jinyun-demo-secret");
                otherAddress.add(token.status(), token.header("Retry-After"), token.header("Content-Type"));
            }
            stop.set(true);
            floodA.get(5, TimeUnit.MINUTES);
            floodLogin.get(5, TimeUnit.MINUTES);
            floodToken.get(5, TimeUnit.MINUTES);
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LoggerFactory.getLogger(RateLimitFloodTest.class).info(String.format(
                "Rate-limit flood over %.1f s, %d threads each (limit %d/s, burst %d): client A %s; anonymous logins %s; "
                        + "token requests with a wrong secret %s; client B %s; tokens from another address %s",
                seconds, threads, PER_SECOND, BURST, clientA, logins, badSecrets, clientB, otherAddress));

        // The flooders got no more than their bucket holds (burst + refill over the flood, one second of slack).
        long allowed = BURST + (long) Math.ceil(seconds + 1) * PER_SECOND;
        assertThat(clientA.successes()).isPositive().isLessThanOrEqualTo((int) allowed);
        assertThat(clientA.count(429)).isGreaterThan(clientA.sent() / 2);
        assertThat(clientA.sent()).isEqualTo(clientA.successes() + clientA.count(429));
        assertThat(logins.count(429)).isGreaterThan(logins.sent() / 2);
        assertThat(logins.sent() - logins.count(429)).as("logins let through").isLessThanOrEqualTo((int) allowed);
        // Each wrong secret that gets through costs a BCrypt check, so this flood is slower: refused it is, not by how much.
        assertThat(badSecrets.count(429)).as("wrong secrets refused before the secret is checked").isPositive();
        assertThat(badSecrets.sent() - badSecrets.count(429)).as("secrets checked").isLessThanOrEqualTo((int) allowed);
        // The others were served every time.
        assertThat(clientB.successes()).isEqualTo(calmRequests);
        assertThat(otherAddress.successes()).isEqualTo(calmRequests);

        sleep(BURST * 1000 / PER_SECOND + 1000); // leave the buckets full for the next test on this context
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A bare HTTP/1.1 exchange over a socket bound to a chosen loopback address (127.0.0.2 is another client address
     * to the server; Java 17's HttpClient cannot choose its local address).
     */
    record Raw(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        static Raw token(String from, int port, String clientId, String secret) {
            String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
            return send(from, port, "POST", "/oauth2/token", Map.of("Authorization", "Basic " + basic,
                    "Content-Type", "application/x-www-form-urlencoded"), "grant_type=client_credentials");
        }

        /** A login as the portal sends it: the CSRF cookie first, then the POST with it. */
        static Raw loginAttempt(int port, String json) {
            Raw me = send("127.0.0.1", port, "GET", "/api/auth/me", Map.of(), null);
            String csrf = me.header("Set-Cookie") == null ? null
                    : java.util.Arrays.stream(me.header("Set-Cookie").split(";"))
                    .map(String::trim).filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring("XSRF-TOKEN=".length())).findFirst().orElse(null);
            if (me.status() == 429 || csrf == null) {
                return me;
            }
            return send("127.0.0.1", port, "POST", "/api/auth/login", Map.of("Content-Type", "application/json",
                    "Cookie", "XSRF-TOKEN=" + csrf, "X-XSRF-TOKEN", csrf), json);
        }

        static Raw send(String from, int port, String method, String path, Map<String, String> headers, String body) {
            try (Socket socket = new Socket()) {
                socket.bind(new InetSocketAddress(from, 0));
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
                socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
                byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                        .append("Host: 127.0.0.1:").append(port).append("\r\n")
                        .append("Accept: application/json, application/problem+json\r\n")
                        .append("Connection: close\r\n");
                headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
                if (body != null) {
                    head.append("Content-Length: ").append(content.length).append("\r\n");
                }
                head.append("\r\n");
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(content);
                out.flush();
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                in.transferTo(all);
                String text = all.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
                Map<String, String> parsed = new java.util.HashMap<>();
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    if (colon > 0) {
                        parsed.merge(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                                lines[i].substring(colon + 1).trim(), (x, y) -> x + "; " + y);
                    }
                }
                return new Raw(Integer.parseInt(lines[0].split(" ")[1]), parsed, end < 0 ? "" : text.substring(end + 4));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
