package cn.sifa.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

/** Settings a test must change: a tiny rate limit, documents behind login (as under prod), TLS. */
@SifaIntegrationTest(classes = SifaApplication.class, properties = {
        "sifa.embedded-postgres.enabled=false",
        "sifa.rate-limit.requests-per-second=1",
        "sifa.rate-limit.burst=3",
        "sifa.docs.require-login=true"})
@AutoConfigureMockMvc
class TightSettingsTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void overTheLimitAClientGets429WithRetryAfter() {
        String token = Http.accessToken(port, "jinyun-county", "jinyun-demo-secret");
        Http client = new Http(port).bearer(token);
        int last = 0;
        Http.Response response = null;
        for (int i = 0; i < 6 && last != 429; i++) {
            response = client.get("/api/core/v1/no-such-thing");
            last = response.status();
        }
        assertThat(last).isEqualTo(429);
        assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, 2);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/rate-limited");

        // Another client has its own bucket.
        String other = Http.accessToken(port, "rongcheng-county", "rongcheng-demo-secret");
        assertThat(new Http(port).bearer(other).get("/api/core/v1/no-such-thing").status()).isEqualTo(404);
    }

    @Test
    void theApiDocumentsNeedALogin() {
        assertThat(new Http(port).get("/v3/api-docs/core").status()).isEqualTo(401);
        Http.Response page = new Http(port).get("/swagger-ui.html", java.util.Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).contains("/login?redirect=");

        Http staff = new Http(port);
        staff.login("auditor", "Sifa@2026demo");
        assertThat(staff.get("/v3/api-docs/core").status()).isEqualTo(200);
    }

    @Test
    void strictTransportSecurityIsSentOverTls() throws Exception {
        mvc.perform(get("/").secure(true)).andExpect(header().exists("Strict-Transport-Security"));
        mvc.perform(get("/").secure(false)).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
