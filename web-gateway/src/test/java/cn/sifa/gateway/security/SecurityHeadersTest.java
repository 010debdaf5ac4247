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

    /**
     * Every kind of answer carries CSP, X-Frame-Options and nosniff: the portal's page in full, as HEAD and as a 304
     * revalidation (those two are forwards to index.html without a body, which went out bare), other portal routes,
     * missing assets, API problems, the token endpoint's errors, the key set, the API documents and the actuator.
     */
    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        java.net.http.HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/"))
                .header("Accept", "text/html").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        String lastModified = page.headers().firstValue("Last-Modified").orElse("Thu, 01 Jan 2026 00:00:00 GMT");
        java.util.List<java.net.http.HttpRequest> requests = new java.util.ArrayList<>();
        for (String path : java.util.List.of("/", "/login", "/index.html", "/mediation/cases/123", "/assets/missing.js",
                "/api/core/v1/divisions/999999", "/api/mediation/v1/cases", "/api/core/v1/dictionaries", "/oauth2/jwks",
                "/v3/api-docs/core", "/actuator/health", "/nothing.here")) {
            requests.add(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).header("Accept", "text/html").build());
            requests.add(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        }
        requests.add(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/")).header("If-Modified-Since", lastModified).build());
        requests.add(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/oauth2/token"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .header("Content-Type", "application/x-www-form-urlencoded").build());
        requests.add(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/auth/login"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        java.util.Set<Integer> statuses = new java.util.TreeSet<>();
        for (java.net.http.HttpRequest request : requests) {
            java.net.http.HttpResponse<String> r = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            statuses.add(r.statusCode());
            String what = request.method() + " " + request.uri().getPath() + " → " + r.statusCode();
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).as(what).contains("frame-ancestors 'none'");
        }
        assertThat(statuses).contains(200, 401, 404);
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
