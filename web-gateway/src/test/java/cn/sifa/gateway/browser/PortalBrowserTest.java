package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

/**
 * The portal in a real browser against the whole application (demo profile, so the demo logins exist): login,
 * lockout, creating an API client, and what a user sees for a forbidden page, a missing record and an unknown
 * address. Needs the built portal in target/classes/static (the Maven build makes it before the tests).
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class PortalBrowserTest {

    static final String DEMO_PASSWORD = "Sifa@2026demo";
    static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeAll
    static void needsChromiumAndTheBuiltPortal() {
        Chromium.requireInstalled();
        Chromium.require(new ClassPathResource("static/index.html").exists(),
                "the built portal (target/classes/static/index.html; the Maven build makes it unless -Dskip.portal=true)");
    }

    /** The fixed test clock, when the context has one: the portal takes "today" from the browser's own clock. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    cn.sifa.core.testing.TestClock clock;

    @BeforeEach
    void openBrowser() {
        if (clock != null) {
            clock.setToday(java.time.LocalDate.now());
        }
        browser = Chromium.start();
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSuccessfulLoginShowsTheUsersDivisionAndOrganization() {
        Http.Response me = new Http(port).login("mediation", DEMO_PASSWORD);
        assertThat(me.status()).isEqualTo(200);

        open("/");
        wait.until(ExpectedConditions.urlContains("/login"));
        screenshot("login");
        logIn("mediation", DEMO_PASSWORD);

        assertThat(visible("[data-test=user-division]").getText()).isEqualTo(me.json().get("divisionName").asString());
        screenshot("home");
        assertThat(visible("[data-test=user-organization]").getText()).isEqualTo(me.json().get("organizationName").asString());
        assertThat(visible("[data-test=main-menu]").getText()).contains("我的待办", "人民调解").doesNotContain("系统管理", "法律援助");
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountAndTheLoginPageSaysUntilWhen() {
        String username = newUser("MEDIATOR");
        open("/login");

        for (int attempt = 1; attempt <= 5; attempt++) {
            submitLogin(username, "Wrong#pass" + attempt);
            String message = loginError();
            assertThat(message).matches("用户名或密码错误|账户已锁定,请于 \\d{2}:\\d{2} 后再试");
        }
        submitLogin(username, "Right#pass2026");

        assertThat(loginError()).matches("账户已锁定,请于 \\d{2}:\\d{2} 后再试");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    @Test
    void anAdministratorCreatesAnApiClientAndSeesItsSecretOnlyOnce() {
        String clientId = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        open("/login");
        logIn("admin", DEMO_PASSWORD);

        open("/admin/api-clients");
        click("[data-test=create-api-client]");
        type("input[data-test=client-id]", clientId);
        type("input[data-test=client-name]", "浏览器测试对接系统");
        click("[data-test=action-dialog-submit]");

        WebElement secretDialog = visible("[data-test=secret-dialog]");
        assertThat(secretDialog.getText()).contains("密钥仅显示一次", clientId);
        String secret = visible("[data-test=client-secret]").getDomProperty("value");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(20);

        Http.Response token = new Http(port).token(clientId, secret, "core.read");
        assertThat(token.status()).isEqualTo(200);

        secretDialog.findElement(By.xpath(".//button[contains(., '我已妥善保存')]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test=client-secret]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".el-table"), clientId));
        assertThat(browser.getPageSource()).doesNotContain(secret);
    }

    @Test
    void aUserWithoutTheAdminRoleOpeningTheUserAdministrationSeesTheForbiddenPage() {
        open("/login");
        logIn("mediator", DEMO_PASSWORD);

        open("/admin/users");

        assertThat(visible(".status-page").getText()).contains("无权访问");
        assertThat(browser.getCurrentUrl()).contains("/403");
        assertThat(visible("[data-test=main-menu]").getText()).doesNotContain("系统管理");
    }

    @Test
    void aMissingRecordShowsRecordNotFoundAndAnUnknownAddressPageNotFound() {
        open("/login");
        logIn("admin", DEMO_PASSWORD);

        open("/admin/users/" + UUID.randomUUID());
        assertThat(visible(".status-page").getText()).contains("记录不存在");

        open("/no/such/page");
        assertThat(visible(".status-page").getText()).contains("页面不存在");
    }

    // --- helpers ---

    /** With SIFA_SCREENSHOTS=<dir>, saves what the browser shows (for checking the layout at 1366×768). */
    private void screenshot(String name) {
        String dir = System.getenv("SIFA_SCREENSHOTS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        visible("#app > *");
        try {
            Path target = Path.of(dir, name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String newUser(String role) {
        Http admin = new Http(port);
        Http.Response me = admin.login("admin", DEMO_PASSWORD);
        assertThat(me.status()).isEqualTo(200);
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response created = admin.post("/api/core/v1/admin/users", Map.of("username", username, "displayName", "锁定测试",
                "organizationId", me.json().get("organizationId").asString(), "roles", List.of(role), "password", "Right#pass2026"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void logIn(String username, String password) {
        submitLogin(username, password);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        visible("[data-test=user-menu]");
    }

    private void submitLogin(String username, String password) {
        type("#login-username", username);
        type("#login-password", password);
        click("[data-test=login-submit]");
    }

    /** The login page's error, after the attempt has finished (the page empties the password field then). */
    private String loginError() {
        wait.until(d -> d.findElement(By.id("login-password")).getDomProperty("value").isEmpty()
                && !d.findElements(By.cssSelector("[data-test=login-error]")).isEmpty());
        return visible("[data-test=login-error] .el-alert__title").getText();
    }

    private WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void click(String css) {
        PortalSession.clickWhenUncovered(wait, By.cssSelector(css));
    }

    /**
     * Replaces an input's text the way a user does (select all, type). WebElement.clear() only empties the DOM value
     * without an input event, so Element Plus would put the old model value back.
     */
    private void type(String css, String text) {
        WebElement input = visible(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }
}
