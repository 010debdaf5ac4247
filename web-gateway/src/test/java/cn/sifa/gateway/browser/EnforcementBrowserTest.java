package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;
import tools.jackson.databind.JsonNode;

/**
 * The 行政执法监督 pages in a real browser against the whole application (demo profile): a supervisor receives a
 * complaint through the form, starts the investigation from the detail page, and finds it in the worklist with the
 * handling deadline the server opened.
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class EnforcementBrowserTest {

    static final String DEMO_PASSWORD = "Sifa@2026demo";
    static final Duration WAIT = Duration.ofSeconds(20);

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
    void aComplaintReceivedInThePortalAndUnderInvestigationAppearsInTheWorklistWithItsDeadline() {
        String marker = "浏览器测试投诉" + UUID.randomUUID().toString().substring(0, 8);
        open("/login");
        logIn("enforcement", DEMO_PASSWORD);

        open("/enforcement/complaints");
        click("[data-test=create-complaint]");
        WebElement dialog = visible(".el-dialog");
        dialog.findElement(By.cssSelector("[data-test=agency-select]")).click();
        PortalSession.clickOption(wait, option -> true);
        type("input[data-test=complainant-name]", "王女士");
        type("input[data-test=complainant-phone]", "13800138000");
        type("textarea[data-test=complaint-summary]", marker + ":检查时未出示执法证件");
        click("[data-test=action-dialog-submit]");

        wait.until(ExpectedConditions.urlMatches("/enforcement/complaints/[0-9a-f-]{36}$"));
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=record-status]"), "已受理"));
        assertThat(browser.findElements(By.cssSelector("[data-test^=action-]:not([data-test^=action-dialog])"))).extracting(WebElement::getText)
                .containsExactly("开始调查");

        click("[data-test=action-investigate]");
        click("[data-test=action-dialog-submit]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=record-status]"), "调查中"));
        assertThat(browser.findElements(By.cssSelector("[data-test^=action-]:not([data-test^=action-dialog])"))).extracting(WebElement::getText)
                .containsExactly("制发监督文书", "办结");

        Http api = new Http(port);
        assertThat(api.login("enforcement", DEMO_PASSWORD).status()).isEqualTo(200);
        Http.Response complaint = api.get("/api/enforcement/v1/complaints/" + id);
        assertThat(complaint.status()).as(complaint.body()).isEqualTo(200);
        String dueDate = deadlines(complaint.json()).get(0).get("dueDate").asString();

        open("/enforcement/complaints");
        WebElement search = visible("input[placeholder=投诉内容]");
        search.sendKeys(marker, Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".el-table__body tr")).size() == 1
                && d.findElement(By.cssSelector(".el-table__body tr")).getText().contains(marker));
        WebElement row = browser.findElement(By.cssSelector(".el-table__body tr"));
        assertThat(row.getText()).contains("王女士", "调查中");
        WebElement deadline = wait.until(d -> row.findElement(By.cssSelector("[data-test=complaint-deadline]")));
        assertThat(deadline.getText()).contains(dueDate);
    }

    /**
     * A complaint received through the API shows up in the complaints list with its handling due date and its
     * status in Chinese, taken from the server (the row's nextDueOn, the ComplaintStatus code table); the
     * deadline's link opens its page.
     */
    @Test
    void anEnforcementListRowShowsItsDueDateAndStatus() {
        String marker = "浏览器期限" + UUID.randomUUID().toString().substring(0, 8);
        Http api = new Http(port);
        assertThat(api.login("enforcement", DEMO_PASSWORD).status()).isEqualTo(200);
        Http.Response agencies = api.get("/api/enforcement/v1/agencies?size=1&sort=name,asc");
        assertThat(agencies.status()).as(agencies.body()).isEqualTo(200);
        String agencyId = agencies.json().get("content").get(0).get("id").asString();
        Http.Response created = api.post("/api/enforcement/v1/complaints", Map.of("agencyId", agencyId, "complainantName", "赵先生",
                "summary", marker + ":执法人员未告知陈述申辩权利"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String dueDate = deadlines(created.json()).get(0).get("dueDate").asString();

        open("/login");
        logIn("enforcement", DEMO_PASSWORD);
        open("/enforcement/complaints");
        visible("input[placeholder=投诉内容]").sendKeys(marker, Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".el-table__body tr")).size() == 1
                && d.findElement(By.cssSelector(".el-table__body tr")).getText().contains(marker));
        WebElement row = browser.findElement(By.cssSelector(".el-table__body tr"));
        assertThat(row.findElement(By.cssSelector("[data-test=complaint-status]")).getText()).isEqualTo("已受理");
        WebElement due = wait.until(d -> row.findElement(By.cssSelector("[data-test=complaint-deadline]")));
        assertThat(due.getText()).contains(dueDate);

        Http.Response worklist = api.get("/api/core/v1/deadlines?recordType=complaints&size=200&sort=dueDate,desc");
        assertThat(worklist.status()).as(worklist.body()).isEqualTo(200);
        String link = StreamSupport.stream(worklist.json().get("content").spliterator(), false)
                .filter(d -> id.equals(d.get("recordId").asString())).findFirst().orElseThrow().get("link").asString();
        open(link);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=record-status]"), "已受理"));
        assertThat(visible(".el-descriptions").getText()).contains(marker);
    }

    /** A record's deadlines: top level since issue 10, else under the deprecated workflow{}. */
    private static JsonNode deadlines(JsonNode record) {
        JsonNode top = record.get("deadlines");
        return top != null && !top.isNull() ? top : record.get("workflow").get("deadlines");
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

    private WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void click(String css) {
        PortalSession.clickWhenUncovered(wait, By.cssSelector(css));
    }

    /** Replaces an input's text the way a user does (select all, type), so Element Plus sees input events. */
    private void type(String css, String text) {
        WebElement input = visible(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }
}
