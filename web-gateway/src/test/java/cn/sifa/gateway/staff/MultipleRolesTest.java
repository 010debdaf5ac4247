package cn.sifa.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

/**
 * A user with several roles holds the union of their scopes, and nothing more; the division never widens.
 * Demo user {@code mediation-auditor} is MEDIATION_STAFF + AUDITOR in 开福 (430105).
 */
@SifaIntegrationTest(classes = SifaApplication.class)
class MultipleRolesTest {

    @LocalServerPort
    int port;

    @Test
    void rolesAddUpToTheUnionOfTheirScopes() {
        Http browser = new Http(port);
        Http.Response me = browser.login("mediation-auditor", "Sifa@2026demo");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("scopes").toString()).contains("mediation.write", "reports.read", "enforcement.read")
                .doesNotContain("enforcement.write", "core.admin");
        assertThat(me.json().get("divisionCode").asString()).isEqualTo("430105");

        // Allowed by scope: the request passes security and reaches the application (404 = no such record/endpoint).
        assertThat(browser.post("/api/mediation/v1/cases", Map.of()).status()).isNotIn(401, 403);
        assertThat(browser.get("/api/reports/v1/statistics").status()).isNotIn(401, 403);
        assertThat(browser.get("/api/enforcement/v1/cases").status()).isNotIn(401, 403);
        assertThat(browser.get("/api/core/v1/api-call-log").status()).isEqualTo(200);
        // Not given by either role.
        assertThat(browser.post("/api/enforcement/v1/cases", Map.of()).status()).isEqualTo(403);
        assertThat(browser.post("/api/legal-aid/v1/applications", Map.of()).status()).isEqualTo(403);
        assertThat(browser.get("/api/core/v1/admin/users").status()).isEqualTo(403);
    }

    @Test
    void aSingleRoleUserCannotDoWhatTheOtherRoleAllows() {
        Http browser = new Http(port);
        browser.login("mediation", "Sifa@2026demo");
        assertThat(browser.get("/api/reports/v1/statistics").status()).isEqualTo(403);
        assertThat(browser.get("/api/core/v1/api-call-log").status()).isEqualTo(403);
    }
}
