package cn.sifa.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.sifa.core.testing.SifaIntegrationTest;

/**
 * Through the real servlet container: Spring Security's filters, the idempotency filter and Tomcat's multipart
 * parsing, which MockMvc does not exercise.
 */
@SifaIntegrationTest
@AutoConfigureMockMvc // shares the cached context of the MockMvc tests
class OverTheWireTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void withoutATokenTheSecurityFilterAnswersAProblemWithAChallenge() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/core/v1/organizations")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://sifa.cn/problems/unauthorized\"", "\"status\":401");
    }

    @Test
    void aBadTokenIsAnInvalidTokenProblem() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/core/v1/organizations"))
                .header("Authorization", "Bearer forged").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().contains("invalid_token");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anUnknownPathWithATokenIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/core/v1/nothing-here"))
                .header("Authorization", "Bearer " + TestBearerTokens.token("430105", "core.read", "wire-client")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("https://sifa.cn/problems/not-found").doesNotContain("Exception");
    }

    @Test
    void aRetriedMultipartUploadThroughTomcatIsStoredOnce() throws Exception {
        UUID recordId = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String boundary = "----sifa" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"recordType\"\r\n\r\nmediation-case\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"recordId\"\r\n\r\n" + recordId + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"调解笔录.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri("/api/core/v1/attachments"))
                .header("Authorization", "Bearer " + TestBearerTokens.token("430105", "mediation.write", "wire-uploader"))
                .header("Idempotency-Key", key)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();

        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(second.body()).isEqualTo(first.body()).contains("调解笔录.pdf");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM core_attachment WHERE record_id = ?", Integer.class, recordId)).isEqualTo(1);
    }
}
