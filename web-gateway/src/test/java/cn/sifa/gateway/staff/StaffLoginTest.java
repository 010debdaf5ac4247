package cn.sifa.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.sifa.core.organization.Organizations;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

/** Portal login: server-side session in PostgreSQL, CSRF, lockout, logout, password policy. */
@SifaIntegrationTest(classes = SifaApplication.class)
class StaffLoginTest {

    static final String PASSWORD = "Good#pass2026";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    private String newUser(Role... roles) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        CurrentCaller.runAsSystem(() -> accounts.ensure(username, "测试用户", organizations.bureauOf("430105").orElseThrow(),
                Set.of(roles), PASSWORD));
        return username;
    }

    @Test
    void everySignInOnAnAccountIsFiledUnderItsDivisionSoItsAdminFindsItInTheLoginLog() {
        String clerk = newUser(Role.MEDIATION_STAFF);
        String admin = newUser(Role.SYSTEM_ADMIN);
        assertThat(new Http(port).login(clerk, "Wrong#pass2026").status()).isEqualTo(401);
        assertThat(new Http(port).login(clerk, PASSWORD).status()).isEqualTo(200);

        Http browser = new Http(port);
        assertThat(browser.login(admin, PASSWORD).status()).isEqualTo(200);
        Http.Response log = browser.get("/api/core/v1/api-call-log?kind=LOGIN&clientId=" + clerk);
        assertThat(log.status()).isEqualTo(200);
        List<String> rows = new java.util.ArrayList<>();
        log.json().get("content").forEach(r -> rows.add(r.get("status").asInt() + " " + r.get("divisionCode").asString()));
        assertThat(rows).containsExactlyInAnyOrder("200 430105", "401 430105");
    }

    @Test
    void meHandsOutTheCsrfCookieEvenBeforeLogin() {
        Http browser = new Http(port);
        Http.Response me = browser.get("/api/auth/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.header("Content-Type")).startsWith("application/problem+json");
        assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();
    }

    @Test
    void loginWithoutTheCsrfHeaderIsRefused() {
        Http browser = new Http(port).withoutCsrfHeader();
        browser.get("/api/auth/me");
        Http.Response login = browser.post("/api/auth/login", Map.of("username", "mediation", "password", "Sifa@2026demo"));
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.json().get("type").asString()).endsWith("/csrf");
    }

    @Test
    void aLoginKeepsAServerSideSessionAndTheBrowserHoldsNoToken() {
        Http browser = new Http(port);
        Http.Response login = browser.login("mediation", "Sifa@2026demo");

        assertThat(login.status()).isEqualTo(200);
        var me = login.json();
        assertThat(me.get("username").asString()).isEqualTo("mediation");
        assertThat(me.get("divisionCode").asString()).isEqualTo("430105");
        assertThat(me.get("divisionName").asString()).isEqualTo("开福区");
        assertThat(me.get("organizationName").asString()).contains("开福");
        assertThat(me.get("roles").get(0).get("code").asString()).isEqualTo("MEDIATION_STAFF");
        assertThat(me.get("roles").get(0).get("label").asString()).isEqualTo("人民调解科工作人员");
        assertThat(me.get("permissions").toString()).contains("mediation:write");
        assertThat(login.body()).doesNotContain("access_token", "eyJ");
        String session = browser.cookie("SESSION");
        assertThat(session).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'mediation'", Integer.class))
                .isPositive();

        assertThat(browser.get("/api/auth/me").json().get("displayName").asString()).isEqualTo("李调解");
    }

    @Test
    void aWrongPasswordAnswersBadCredentials() {
        Http.Response login = new Http(port).login("mediation", "wrong-password");
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.json().get("type").asString()).endsWith("/bad-credentials");
        assertThat(login.json().get("detail").asString()).isEqualTo("用户名或密码错误");
        assertThat(new Http(port).login("nobody-" + UUID.randomUUID(), "whatever").json().get("detail").asString())
                .isEqualTo("用户名或密码错误");
    }

    @Test
    void anEmptyLoginFormGetsChineseFieldErrors() {
        // Bean Validation's default messages come in Chinese for every caller, whatever its Accept-Language.
        Http.Response login = new Http(port).login("", "");
        assertThat(login.status()).isEqualTo(400);
        String errors = login.json().get("errors").toString();
        assertThat(errors).contains("\"field\":\"username\"", "\"field\":\"password\"", "不能为空");
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheAccount() {
        String user = newUser(Role.REVIEW_STAFF);
        Http browser = new Http(port);
        for (int i = 1; i <= 4; i++) {
            assertThat(browser.login(user, "wrong").json().get("type").asString()).endsWith("/bad-credentials");
        }
        Http.Response fifth = browser.login(user, "wrong");
        assertThat(fifth.status()).isEqualTo(401);
        assertThat(fifth.json().get("type").asString()).endsWith("/account-locked");
        assertThat(fifth.json().get("detail").asString()).matches("账户已锁定,请于 \\d{2}:\\d{2} 后再试");

        Http.Response rightPassword = browser.login(user, PASSWORD);
        assertThat(rightPassword.status()).isEqualTo(401);
        assertThat(rightPassword.json().get("type").asString()).endsWith("/account-locked");

        Http admin = new Http(port);
        admin.login("admin", "Sifa@2026demo");
        UUID id = accounts.idOf(user).orElseThrow();
        assertThat(admin.post("/api/core/v1/admin/users/" + id + "/unlock", null).status()).isEqualTo(200);
        assertThat(browser.login(user, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() {
        Http browser = new Http(port);
        browser.login("leader", "Sifa@2026demo");
        assertThat(browser.get("/api/auth/me").status()).isEqualTo(200);

        assertThat(browser.post("/api/auth/logout", null).status()).isEqualTo(204);

        assertThat(browser.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void aSessionWriteWithoutTheCsrfHeaderIsRefused() {
        Http browser = new Http(port);
        browser.login("admin", "Sifa@2026demo");
        Http.Response withCsrf = browser.post("/api/core/v1/admin/users/" + UUID.randomUUID() + "/unlock", null);
        assertThat(withCsrf.status()).isEqualTo(404);
        Http.Response withoutCsrf = browser.withoutCsrfHeader().post("/api/core/v1/admin/users/" + UUID.randomUUID() + "/unlock", null);
        assertThat(withoutCsrf.status()).isEqualTo(403);
    }

    @Test
    void disablingAnAccountEndsItsSessionAtOnce() {
        String user = newUser(Role.CORRECTION_STAFF);
        Http browser = new Http(port);
        assertThat(browser.login(user, PASSWORD).status()).isEqualTo(200);

        Http admin = new Http(port);
        admin.login("admin", "Sifa@2026demo");
        UUID id = accounts.idOf(user).orElseThrow();
        assertThat(admin.post("/api/core/v1/admin/users/" + id + "/disable", null).status()).isEqualTo(200);

        assertThat(browser.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(browser.login(user, PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void thePasswordPolicyIsEnforcedWithFieldErrors() {
        Http admin = new Http(port);
        admin.login("admin", "Sifa@2026demo");
        UUID org = CurrentCaller.runAsSystem(() -> organizations.bureauOf("430105")).orElseThrow().id();

        Http.Response weak = admin.post("/api/core/v1/admin/users", Map.of("username", "weakling", "displayName", "弱密码",
                "organizationId", org, "roles", List.of("MEDIATOR"), "password", "weakling1"));
        assertThat(weak.status()).isEqualTo(400);
        String errors = weak.json().get("errors").toString();
        assertThat(errors).contains("\"field\":\"password\"", "password-length", "password-too-weak", "password-contains-username");

        String username = "p" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response created = admin.post("/api/core/v1/admin/users", Map.of("username", username, "displayName", "新同事",
                "organizationId", org, "roles", List.of("MEDIATOR", "AUDITOR"), "password", "Strong&pass2026"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/core/v1/admin/users/" + created.json().get("id").asString());
        Http.Response reset = admin.post("/api/core/v1/admin/users/" + created.json().get("id").asString() + "/reset-password",
                Map.of("password", "short"));
        assertThat(reset.status()).isEqualTo(400);
        assertThat(new Http(port).login(username, "Strong&pass2026").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorManagesOnlyAccountsOfTheirOwnDivision() {
        Http admin = new Http(port);
        admin.login("admin", "Sifa@2026demo");
        UUID auditor = accounts.idOf("auditor").orElseThrow(); // 衢州 330800
        assertThat(admin.get("/api/core/v1/admin/users/" + auditor).status()).isEqualTo(404);
        UUID leader = accounts.idOf("leader").orElseThrow();
        Http.Response own = admin.get("/api/core/v1/admin/users/" + leader);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("ETag")).isNotBlank();
        Http.Response stale = admin.put("/api/core/v1/admin/users/" + leader, Map.of("displayName", "刘局长",
                "organizationId", own.json().get("organizationId").asString(), "roles", List.of("BUREAU_LEADER")), Map.of("If-Match", "\"999\""));
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void aNonAdministratorCannotUseTheAdminApi() {
        Http browser = new Http(port);
        browser.login("mediation", "Sifa@2026demo");
        assertThat(browser.get("/api/core/v1/admin/users").status()).isEqualTo(403);
    }
}
