package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The 人民调解 pages in a real browser against the whole application (demo profile: the `mediation` login of 开福区
 * and its committees and mediators): register a dispute, accept it, and find it in the worklist with its deadline.
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class MediationBrowserTest {

    static final String DEMO_PASSWORD = "Sifa@2026demo";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Pattern CASE_URL = Pattern.compile("/mediation/cases/([0-9a-f-]{36})$");

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
    void aDisputeRegisteredAndAcceptedInThePortalAppearsInTheWorklistWithItsMediationDeadline() {
        open("/login");
        logIn("mediation", DEMO_PASSWORD);

        open("/mediation/cases");
        click("[data-test=create-case]");
        chooseFirst("纠纷来源");
        chooseFirst("纠纷类型");
        type("textarea[data-test=case-summary]", "浏览器测试:排水沟堵塞引发争执");
        type("input[data-test=party-name-0]", "张浏览");
        type("[data-test=party-id-0] input", "11010519491231002X");
        type("input[data-test=party-name-1]", "李测试");
        click("[data-test=action-dialog-submit]");

        wait.until(ExpectedConditions.urlMatches(CASE_URL.pattern()));
        Matcher url = CASE_URL.matcher(browser.getCurrentUrl());
        assertThat(url.find()).isTrue();
        String id = url.group(1);
        assertThat(visible("[data-test=record-status]").getText()).isEqualTo("已登记");
        String caseNo = visible(".record-detail__subtitle").getText();
        assertThat(caseNo).contains("调〔");
        screenshot("mediation-case-registered");

        click("[data-test=case-action-accept]");
        chooseFirst("调解员");
        visible(".action-dialog .el-dialog__title").click(); // closes the multi-select's dropdown
        click("[data-test=action-dialog-submit]");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=record-status]"), "已受理"));
        assertThat(visible("[data-test=case-parties]").getText()).contains("张浏览", "李测试");

        Http api = new Http(port);
        assertThat(api.login("mediation", DEMO_PASSWORD).status()).isEqualTo(200);
        Http.Response detail = api.get("/api/mediation/v1/cases/" + id);
        assertThat(detail.status()).isEqualTo(200);
        String dueDate = detail.json().get("deadlines").get(0).get("dueDate").asString();

        open("/mediation/cases");
        type("input[data-test=case-search]", caseNo);
        browser.findElement(By.cssSelector("input[data-test=case-search]")).sendKeys(Keys.ENTER);
        wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector(".el-table__body tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(caseNo);
        });
        WebElement row = browser.findElement(By.cssSelector(".el-table__body tr"));
        assertThat(row.getText()).contains("已受理", "张浏览");
        assertThat(row.findElement(By.cssSelector(".deadline-badge")).getText()).contains(dueDate);
        screenshot("mediation-worklist");
    }

    @Test
    void theStatisticsPageShowsTheWorkSummarySentenceAndTheSuccessRate() {
        open("/login");
        logIn("mediation", DEMO_PASSWORD);

        open("/mediation/statistics");

        assertThat(visible("[data-test=statistics-summary]").getText()).contains("成功调解各类矛盾纠纷");
        assertThat(visible("[data-test=success-rate]").getText()).matches("\\d+\\.\\d%|—");
        assertThat(browser.findElements(By.cssSelector(".chart canvas"))).isNotEmpty();
        screenshot("mediation-statistics");
    }

    // --- helpers ---

    /** With SIFA_SCREENSHOTS=<dir>, saves what the browser shows (for checking the layout at 1366×768). */
    private void screenshot(String name) {
        String dir = System.getenv("SIFA_SCREENSHOTS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(dir, name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void logIn(String username, String password) {
        type("#login-username", username);
        type("#login-password", password);
        click("[data-test=login-submit]");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        visible("[data-test=user-menu]");
    }

    /** Opens the select of the dialog's form item with that label and picks its first option. */
    private void chooseFirst(String label) {
        By select = By.xpath("//div[contains(@class,'action-dialog')]//div[contains(@class,'el-form-item')]"
                + "[.//label[normalize-space()='" + label + "']]//div[contains(@class,'el-select__wrapper')]");
        wait.until(ExpectedConditions.elementToBeClickable(select)).click();
        PortalSession.clickOption(wait, option -> true);
    }

    private WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void click(String css) {
        PortalSession.clickWhenUncovered(wait, By.cssSelector(css));
    }

    private void type(String css, String text) {
        WebElement input = visible(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }
}
