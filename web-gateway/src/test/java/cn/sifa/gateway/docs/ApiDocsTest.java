package cn.sifa.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

/** One Swagger UI lists every service, and each document offers the client-credentials flow of /oauth2/token. */
@SifaIntegrationTest(classes = SifaApplication.class)
class ApiDocsTest {

    @LocalServerPort
    int port;

    @Test
    void swaggerUiListsEveryService() {
        Http.Response config = new Http(port).get("/v3/api-docs/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs/core", "/v3/api-docs/mediation", "/v3/api-docs/legal-aid",
                "/v3/api-docs/review", "/v3/api-docs/correction", "/v3/api-docs/enforcement", "/v3/api-docs/reports");
        assertThat(new Http(port).get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void theDocumentsOfferTheClientCredentialsFlowOfOurTokenEndpoint() {
        Http.Response core = new Http(port).get("/v3/api-docs/core");
        assertThat(core.status()).isEqualTo(200);
        var scheme = core.json().get("components").get("securitySchemes").get("clientCredentials");
        assertThat(scheme.get("type").asString()).isEqualTo("oauth2");
        assertThat(scheme.get("flows").get("clientCredentials").get("tokenUrl").asString()).isEqualTo("/oauth2/token");
        assertThat(scheme.get("flows").get("clientCredentials").get("scopes").has("mediation.write")).isTrue();
        assertThat(core.body()).contains("/api/core/v1/admin/api-clients", "/api/auth/login");
    }

    @Test
    void anAuditorCanAuthorizeAndTryACallAsSwaggerUiDoes() {
        // Swagger UI posts the client id and secret to the token URL, then sends the token as Bearer.
        String token = Http.accessToken(port, "quzhou-auditor", "quzhou-auditor-demo-secret");
        assertThat(new Http(port).bearer(token).get("/api/core/v1/divisions/330800").status()).isEqualTo(200);
    }
}
