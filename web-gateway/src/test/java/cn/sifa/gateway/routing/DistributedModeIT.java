package cn.sifa.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.sifa.core.organization.Organizations;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.testing.TestDatabase;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

/**
 * Distributed mode for real: the gateway (this JVM, {@code sifa.mode=distributed}) and the mediation service (a
 * separate OS process started from its executable jar) on random ports against one PostgreSQL. Runs in the
 * {@code verify} phase, after the reactor has packaged the service jar.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributedModeIT {

    static ConfigurableApplicationContext gateway;
    static Process service;
    static int gatewayPort;
    static int servicePort;
    static Path serviceLog;
    static TestDatabase.Connection3 db;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabase.get();
        servicePort = freePort();
        gateway = new SpringApplication(SifaApplication.class).run(
                "--sifa.mode=distributed",
                "--spring.profiles.active=demo",
                "--server.port=0",
                "--sifa.embedded-postgres.enabled=false",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--sifa.services.mediation.url=http://127.0.0.1:" + servicePort);
        gatewayPort = ((WebServerApplicationContext) gateway).getWebServer().getPort();

        startService();
    }

    /** Starts the mediation service's jar on {@link #servicePort} and waits until it is healthy. */
    static void startService() throws Exception {
        File jar = serviceJar();
        serviceLog = Files.createTempFile("mediation-service", ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-jar", jar.getAbsolutePath(),
                "--server.port=" + servicePort,
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--sifa.db.migration=validate",
                "--sifa.embedded-postgres.enabled=false",
                // One log line per request, so the test can see the forwarded request id in the service's log.
                "--logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:" + gatewayPort + "/oauth2/jwks"));
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(serviceLog.toFile()).start();
        awaitHealthy("http://127.0.0.1:" + servicePort, Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null && service.isAlive()) {
            service.destroy();
            service.waitFor(20, TimeUnit.SECONDS);
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    @Order(1)
    void aTokenFromTheGatewayWorksThroughTheGateway() throws Exception {
        String token = Http.accessToken(gatewayPort, "kaifu-county", "kaifu-demo-secret");
        String requestId = "it-" + UUID.randomUUID();
        Http.Response viaGateway = new Http(gatewayPort).bearer(token).get("/api/mediation/v1/cases",
                java.util.Map.of("X-Request-Id", requestId));
        // Reaches the service, which validated the token itself (no 401) and answered (no 503).
        assertThat(viaGateway.status()).as(viaGateway.body()).isNotIn(401, 403, 502, 503, 504);
        assertThat(viaGateway.header("X-Request-Id")).isEqualTo(requestId);
        // The service received the same request id and logged with it.
        assertThat(awaitInServiceLog(requestId)).as("request id in the service's log lines").isTrue();
    }

    private static boolean awaitInServiceLog(String text) throws Exception {
        for (int i = 0; i < 50; i++) {
            if (Files.readString(serviceLog).contains("[" + text + "]")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    @Order(2)
    void theServiceReachedDirectlyWithoutATokenAnswers401() {
        Http.Response direct = new Http(servicePort).get("/api/mediation/v1/cases");
        assertThat(direct.status()).isEqualTo(401);
        assertThat(direct.header("WWW-Authenticate")).startsWith("Bearer");

        Http.Response forgedHeaders = new Http(servicePort).get("/api/mediation/v1/cases",
                java.util.Map.of("X-User", "admin", "X-Division", "430105"));
        assertThat(forgedHeaders.status()).isEqualTo(401);

        String token = Http.accessToken(gatewayPort, "kaifu-county", "kaifu-demo-secret");
        assertThat(new Http(servicePort).bearer(token).get("/api/mediation/v1/cases").status()).isNotIn(401, 403);
    }

    @Test
    @Order(3)
    void aClientOfAnotherDivisionGets404ForARecordOf430105() {
        UUID kaifuBureau = CurrentCaller.runAsSystem(() -> gateway.getBean(Organizations.class).bureauOf("430105"))
                .orElseThrow().id();
        String kaifu = Http.accessToken(gatewayPort, "kaifu-county", "kaifu-demo-secret");
        String rongcheng = Http.accessToken(gatewayPort, "rongcheng-county", "rongcheng-demo-secret");
        // The service applies the division scope from the token's division claim, as the gateway does.
        String path = "/api/core/v1/organizations/" + kaifuBureau;
        assertThat(new Http(servicePort).bearer(kaifu).get(path).status()).isEqualTo(200);
        Http.Response other = new Http(servicePort).bearer(rongcheng).get(path);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("开福");
        // The same through the gateway, which serves core itself in both modes.
        assertThat(new Http(gatewayPort).bearer(rongcheng).get(path).status()).isEqualTo(404);
        assertThat(new Http(gatewayPort).bearer(kaifu).get(path).status()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void aPortalSessionReachesTheServiceWithAMintedUserToken() {
        Http browser = new Http(gatewayPort);
        assertThat(browser.login("mediation", "Sifa@2026demo").status()).isEqualTo(200);
        Http.Response response = browser.get("/api/mediation/v1/cases");
        assertThat(response.status()).as(response.body()).isNotIn(401, 403, 502, 503, 504);
    }

    @Test
    @Order(5)
    void swaggerUiListsTheServicesOwnDocumentsThroughTheGateway() {
        Http.Response config = new Http(gatewayPort).get("/v3/api-docs/swagger-config");
        assertThat(config.body()).contains("/api-docs/services/mediation", "/v3/api-docs/core");
        // The service generates its OpenAPI document on first request: slow on a loaded 2-core machine.
        Http.Response doc = new Http(gatewayPort).timeout(Duration.ofSeconds(120)).get("/api-docs/services/mediation");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().get("servers").get(0).get("url").asString()).isEqualTo("/");
        assertThat(doc.json().get("components").get("securitySchemes").get("clientCredentials").get("flows")
                .get("clientCredentials").get("tokenUrl").asString()).isEqualTo("/oauth2/token");
    }

    /**
     * Issue 16, a service killed behind the gateway: {@code kill -9} of the mediation process. Its routes answer 503
     * problem+json within 2 s (the client gives up after 2 s, so an answer at all is the proof), reads and writes
     * alike; what the gateway serves itself (core, tokens) is unaffected.
     */
    @Test
    @Order(6)
    void aKilledServiceAnswers503Within2SecondsAndTheRestIsUnaffected() throws Exception {
        killServiceAndExpect503();
    }

    /**
     * Started again on the same port, the service is reached through the gateway again without any action on the
     * gateway: the circuit breaker (opened by the failures, see ServiceRoutes) lets a probe through after 10 s.
     * {@code -Dsifa.faults.kills=N} kills and restarts it N times in all (a bigger run on demand).
     */
    @Test
    @Order(7)
    void theKilledServiceIsReachedAgainWhenItReturns() throws Exception {
        List<Long> recoveries = new ArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            if (round > 0) {
                killServiceAndExpect503();
            }
            startService();
            long healthy = System.nanoTime();
            String token = Http.accessToken(gatewayPort, "kaifu-county", "kaifu-demo-secret");
            Http county = new Http(gatewayPort).bearer(token).timeout(Duration.ofSeconds(30));
            Http.Response last = null;
            // Poll: the breaker's open state lasts 10 s; 60 s is a ceiling for a loaded machine, not a speed check.
            while (System.nanoTime() - healthy < Duration.ofSeconds(60).toNanos()) {
                last = county.get("/api/mediation/v1/cases?size=1");
                if (last.status() == 200) {
                    break;
                }
                assertThat(last.status()).as(last.body()).isEqualTo(503);
                Thread.sleep(100);
            }
            assertThat(last).isNotNull();
            assertThat(last.status()).as("through the gateway after the service returned: " + last.body()).isEqualTo(200);
            recoveries.add(Duration.ofNanos(System.nanoTime() - healthy).toMillis());
            // Writes pass again too.
            Http.Response created = county.post("/api/mediation/v1/cases", java.util.Map.of("source", "PARTY_APPLICATION",
                    "disputeType", "NEIGHBOUR", "summary", "服务恢复后登记", "parties",
                    List.of(java.util.Map.of("role", "APPLICANT", "kind", "PERSON", "name", "恢复"))));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        LoggerFactory.getLogger(DistributedModeIT.class).info(
                "Killed service: {} kill(s); 503 answers within {} ms at most; through the gateway again {} ms after the "
                        + "service was healthy", KILLS, slowest503, recoveries);
    }

    static final int KILLS = Integer.getInteger("sifa.faults.kills", 1);
    static long slowest503;

    private static void killServiceAndExpect503() throws Exception {
        service.destroyForcibly();
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String token = Http.accessToken(gatewayPort, "kaifu-county", "kaifu-demo-secret");
        // The client gives up after 2 s: the gateway must have answered by then.
        Http county = new Http(gatewayPort).timeout(Duration.ofSeconds(2)).bearer(token);
        // Enough calls to open the breaker (5 of the last 10 failed) and some while it is open.
        for (int i = 0; i < 8; i++) {
            long start = System.nanoTime();
            Http.Response response = i % 2 == 0 ? county.get("/api/mediation/v1/cases")
                    : county.post("/api/mediation/v1/cases", java.util.Map.of("source", "PARTY_APPLICATION",
                    "disputeType", "NEIGHBOUR", "summary", "服务停止时登记", "parties",
                    List.of(java.util.Map.of("role", "APPLICANT", "kind", "PERSON", "name", "停止"))));
            slowest503 = Math.max(slowest503, Duration.ofNanos(System.nanoTime() - start).toMillis());
            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.header("Retry-After")).isNotBlank();
            assertThat(response.json().get("type").asString()).endsWith("/service-unavailable");
        }
        // What the gateway hosts itself is unaffected: tokens, core.
        String again = Http.accessToken(gatewayPort, "kaifu-county", "kaifu-demo-secret");
        UUID kaifuBureau = CurrentCaller.runAsSystem(() -> gateway.getBean(Organizations.class).bureauOf("430105"))
                .orElseThrow().id();
        Http.Response core = new Http(gatewayPort).timeout(Duration.ofSeconds(2)).bearer(again)
                .get("/api/core/v1/organizations/" + kaifuBureau);
        assertThat(core.status()).as(core.body()).isEqualTo(200);
    }

    private static File serviceJar() {
        File dir = new File("../mediation-service/target");
        File[] jars = dir.listFiles((d, name) -> name.startsWith("mediation-service-") && name.endsWith("-exec.jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("mediation-service exec jar not found in " + dir.getAbsolutePath()
                    + "; run the reactor's package phase first (./mvnw -pl web-gateway -am verify)");
        }
        return jars[0];
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitHealthy(String base, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("mediation-service exited:\n" + Files.readString(serviceLog));
            }
            try {
                if (new Http(base).get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("mediation-service not healthy in time:\n" + Files.readString(serviceLog));
    }
}
