package cn.sifa.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;
import cn.sifa.gateway.client.ApiClientAccounts;
import cn.sifa.gateway.client.ApiClients;

/** Every /api call is authenticated, authorized by scope, and limited to the caller's division (404 outside). */
@SifaIntegrationTest(classes = SifaApplication.class)
class ApiAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiClientAccounts clientAccounts;

    @Autowired
    ApiClients clients;

    @Autowired
    cn.sifa.core.organization.Organizations organizations;

    @Test
    void withoutATokenTheApiAnswers401ProblemWithWwwAuthenticate() {
        Http.Response response = new Http(port).get("/api/mediation/v1/cases");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.header("Location")).isNull();
    }

    @Test
    void anInvalidTokenAnswers401WithInvalidToken() {
        Http.Response response = new Http(port).bearer("eyJhbGciOiJSUzI1NiJ9.e30.c2ln").get("/api/mediation/v1/cases");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void aMissingScopeAnswers403() {
        String auditor = Http.accessToken(port, "quzhou-auditor", "quzhou-auditor-demo-secret");
        Http.Response write = new Http(port).bearer(auditor).post("/api/mediation/v1/cases", Map.of());
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.header("Content-Type")).startsWith("application/problem+json");

        String county = Http.accessToken(port, "kaifu-county", "kaifu-demo-secret");
        assertThat(new Http(port).bearer(county).get("/api/reports/v1/statistics").status()).isEqualTo(403);
        assertThat(new Http(port).bearer(county).get("/api/core/v1/admin/users").status()).isEqualTo(403);
    }

    @Test
    void aCountyClientDoesNotSeeARecordOfAnotherDivision() {
        // A client holding core.admin for 430105 may read API client records, but only those of its own division.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClientAccounts.Created admin = CurrentCaller.runAsSystem(() -> clientAccounts.create("kaifu-admin-" + suffix,
                "开福区管理对接", "430105", java.util.List.of("core.read", "core.admin")));
        UUID rongcheng = CurrentCaller.runAsSystem(() -> clients.findByClientId("rongcheng-county")).orElseThrow().getId();
        UUID kaifu = CurrentCaller.runAsSystem(() -> clients.findByClientId("kaifu-county")).orElseThrow().getId();
        String token = Http.accessToken(port, admin.client().getClientId(), admin.secret());

        Http http = new Http(port).bearer(token);
        assertThat(http.get("/api/core/v1/admin/api-clients/" + kaifu).status()).isEqualTo(200);
        Http.Response other = http.get("/api/core/v1/admin/api-clients/" + rongcheng);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("rongcheng-county", "371082");
        assertThat(http.get("/api/core/v1/admin/api-clients?size=200").body()).contains("kaifu-county").doesNotContain("rongcheng-county");
    }

    @Test
    void aCountyClientGets404ForAnOrganizationOfAnotherDivision() {
        UUID kaifuBureau = CurrentCaller.runAsSystem(() -> organizations.bureauOf("430105")).orElseThrow().id();
        String kaifu = Http.accessToken(port, "kaifu-county", "kaifu-demo-secret");
        String rongcheng = Http.accessToken(port, "rongcheng-county", "rongcheng-demo-secret");

        assertThat(new Http(port).bearer(kaifu).get("/api/core/v1/organizations/" + kaifuBureau).status()).isEqualTo(200);
        Http.Response other = new Http(port).bearer(rongcheng).get("/api/core/v1/organizations/" + kaifuBureau);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("开福");
    }

    @Test
    void everyCallAndTokenIsLoggedWithItsClientIdForAuditors() {
        String token = Http.accessToken(port, "quzhou-city", "quzhou-demo-secret");
        String requestId = "audit-" + UUID.randomUUID();
        new Http(port).bearer(token).get("/api/mediation/v1/cases", Map.of("X-Request-Id", requestId));

        Http auditor = new Http(port);
        assertThat(auditor.login("auditor", "Sifa@2026demo").status()).isEqualTo(200);
        // The auditor sits in 衢州 (330800), like the quzhou-city client, so its calls are visible; 开福's are not.
        Http.Response log = auditor.get("/api/core/v1/api-call-log?clientId=quzhou-city&size=50");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains(requestId, "\"kind\":\"TOKEN\"", "/api/mediation/v1/cases");

        Http.Response kaifu = auditor.get("/api/core/v1/api-call-log?clientId=kaifu-county");
        assertThat(kaifu.json().get("page").get("totalElements").asLong()).isZero();

        String county = Http.accessToken(port, "jinyun-county", "jinyun-demo-secret");
        assertThat(new Http(port).bearer(county).get("/api/core/v1/api-call-log").status()).isEqualTo(403);
    }

    @Test
    void theRequestIdIsEchoedOrCreated() {
        Http.Response given = new Http(port).get("/api/core/v1/divisions/430105", Map.of("X-Request-Id", "abc-123"));
        assertThat(given.header("X-Request-Id")).isEqualTo("abc-123");
        Http.Response created = new Http(port).get("/api/core/v1/divisions/430105");
        assertThat(created.header("X-Request-Id")).hasSize(36);
    }
}
