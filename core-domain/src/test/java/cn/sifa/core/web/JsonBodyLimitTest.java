package cn.sifa.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.util.unit.DataSize;

import cn.sifa.core.testing.SifaIntegrationTest;

/** CONVENTIONS "413 body too large" for JSON bodies, over real HTTP (Tomcat, every filter), declared or chunked. */
@SifaIntegrationTest
@AutoConfigureMockMvc // shares the cached context of the MockMvc tests
class JsonBodyLimitTest {

    static final int ONE_MB = 1024 * 1024;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final String token = TestBearerTokens.token("430105", "core.read", "body-limit-client");

    @BeforeEach
    void reset() {
        BodyLimitProbeController.PARSED.set(0);
    }

    /** A JSON object of exactly {@code size} bytes: {"a":"xxx…"}. */
    static byte[] json(int size) {
        return ("{\"a\":\"" + "x".repeat(size - 8) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/test/body-limit"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").POST(body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("https://sifa.cn/problems/payload-too-large", "1 MB");
    }

    @Test
    void aBodyOfExactlyTheLimitIsParsed() throws Exception {
        assertThat(json(ONE_MB)).hasSize(ONE_MB);
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(json(ONE_MB)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(BodyLimitProbeController.PARSED.get()).isEqualTo(1);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnread() throws Exception {
        assertTooLarge(post(HttpRequest.BodyPublishers.ofByteArray(json(ONE_MB + 1))));
        assertThat(BodyLimitProbeController.PARSED.get()).isZero();
    }

    @Test
    void aChunkedBodyIsCountedWhileReadAndRefusedPastTheLimit() throws Exception {
        byte[] body = json(3 * ONE_MB);
        assertTooLarge(post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertThat(BodyLimitProbeController.PARSED.get()).isZero();
    }

    @Test
    void aChunkedBodyWithAnIdempotencyKeyIsRefusedBeforeItIsBufferedForTheHash() throws Exception {
        byte[] body = json(3 * ONE_MB);
        assertTooLarge(post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(BodyLimitProbeController.PARSED.get()).isZero();
    }

    @Test
    void withoutATokenAnOversizedBodyIsStill413() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/test/body-limit"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json(2 * ONE_MB))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTooLarge(response);
    }

    @Test
    void aModuleRaisesTheLimitForItsPathAndAGatewayLeavesProxiedPathsToTheServiceBehind() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("batch", JsonBodyLimit.of("/api/enforcement/v1/action-reports", DataSize.ofMegabytes(8)));
        beans.addBean("proxied", JsonBodyLimit.appliedBehind(java.util.List.of("/api/mediation/", "/api/enforcement/")));
        JsonBodyLimitFilter filter = new JsonBodyLimitFilter(DataSize.ofMegabytes(1), beans.getBeanProvider(JsonBodyLimit.class));
        assertThat(filter.limitFor("/api/core/v1/organizations")).isEqualTo(ONE_MB);
        assertThat(filter.limitFor("/api/enforcement/v1/action-reports")).isEqualTo(8L * ONE_MB);
        assertThat(filter.limitFor("/api/enforcement/v1/complaints")).isEqualTo(-1);
        assertThat(filter.limitFor("/api/mediation/v1/cases")).isEqualTo(-1);
    }
}
