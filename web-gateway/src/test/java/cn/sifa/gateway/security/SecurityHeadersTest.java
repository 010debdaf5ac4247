package cn.sifa.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

/** The portal and the API carry the security headers; unknown portal routes get the SPA's index page. */
@SifaIntegrationTest(classes = SifaApplication.class)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void thePortalIsServedWithItsContentSecurityPolicy() {
        Http.Response root = new Http(port).get("/", Map.of("Accept", "text/html"));

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.header("Content-Type")).startsWith("text/html");
        assertThat(root.header("Content-Security-Policy"))
                .contains("default-src 'self'", "img-src 'self' data:", "style-src 'self' 'unsafe-inline'", "script-src 'self'",
                        "frame-ancestors 'none'");
        assertThat(root.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(root.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(root.header("Strict-Transport-Security")).as("HSTS only over TLS").isNull();
    }

    @Test
    void historyModeRoutesGetTheIndexPageAndTheCsrfCookie() {
        Http browser = new Http(port);
        Http.Response route = browser.get("/mediation/cases/123", Map.of("Accept", "text/html"));
        assertThat(route.status()).isEqualTo(200);
        assertThat(route.header("Content-Type")).startsWith("text/html");
        assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();
    }

    @Test
    void apiAnswersCarryTheHeadersTooAndUnknownPathsAreProblems() {
        Http.Response missing = new Http(port).get("/api/core/v1/divisions/999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.header("X-Content-Type-Options")).isEqualTo("nosniff");

        Http.Response asset = new Http(port).get("/assets/missing.js");
        assertThat(asset.status()).isEqualTo(404);
    }
}
