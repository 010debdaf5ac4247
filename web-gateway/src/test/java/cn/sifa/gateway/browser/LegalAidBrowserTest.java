package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
 * The 法律援助 pages in a real browser against the whole application (demo profile: the `legalaid` login of 开福区,
 * its roster and cases): a deadline of the worklist opens its record; an application is taken, granted, and its case
 * assigned through the conflict check (a finding confirmed); the case shows its assignment deadline with the article
 * it rests on; the roster, duty-lawyer and consultation lists open from the menu; a bureau leader reads without buttons.
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class LegalAidBrowserTest {

    static final String DEMO_PASSWORD = "Sifa@2026demo";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Pattern APPLICATION_URL = Pattern.compile("/legal-aid/applications/([0-9a-f-]{36})$");
    static final Pattern CASE_URL = Pattern.compile("/legal-aid/cases/([0-9a-f-]{36})$");

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
    void anApplicationTakenAndGrantedInThePortalHasItsCaseAssignedThroughTheConflictCheck() {
        // a provider already acting for a client: naming that client as the new applicant's opponent is a finding
        Http api = new Http(port);
        assertThat(api.login("legalaid", DEMO_PASSWORD).status()).isEqualTo(200);
        JsonNode assigned = null;
        for (JsonNode c : api.get("/api/legal-aid/v1/cases?status=ASSIGNED&size=50").json().get("content")) {
            if (!c.get("providerName").isNull() && c.get("source").asString().equals("APPLICATION")) {
                assigned = c;
                break;
            }
        }
        assertThat(assigned).as("a demo case assigned to a provider").isNotNull();
        String opponent = assigned.get("clientName").asString();
        String provider = assigned.get("providerName").asString();
        String applicant = "浏览器测试" + UUID.randomUUID().toString().substring(0, 4);

        open("/login");
        logIn("legalaid", DEMO_PASSWORD);

        // the worklist: a legal-aid deadline opens its application or case (the pages exist)
        wait.until(d -> d.findElements(By.cssSelector(".el-loading-mask")).stream().noneMatch(WebElement::isDisplayed));
        List<WebElement> items = browser.findElements(By.cssSelector("[data-test=worklist-case-no]"));
        if (!items.isEmpty()) {
            items.get(0).click();
            wait.until(ExpectedConditions.urlMatches("/legal-aid/(applications|cases)/[0-9a-f-]{36}$"));
            assertThat(visible("[data-test=record-status]").getText()).isNotBlank();
            assertThat(visible(".record-detail__basis").getText()).contains("法律援助法");
        }

        openFromMenu("援助申请");
        visible("[data-test=registry-applications]");
        click("[data-test=registry-create]");
        visible(".action-dialog");
        type("[data-test=step-field-applicantName] input", applicant);
        type("[data-test=step-field-applicantIdNumber] input", "11010519491231002X");
        type("[data-test=step-field-applicantPhone] input", "13800138000");
        chooseFirst("案件类别");
        chooseFirst("援助事项");
        chooseFirst("援助形式");
        type("[data-test=step-field-summary] textarea", "浏览器测试:某公司拖欠工资三个月");
        type("[data-test=step-field-opponentNames] input", opponent);
        screenshot("legal-aid-application-form");
        click("[data-test=action-dialog-submit]");

        wait.until(ExpectedConditions.urlMatches(APPLICATION_URL.pattern()));
        assertThat(visible("[data-test=record-status]").getText()).isEqualTo("审查中");
        assertThat(visible("[data-test=registry-fields]").getText()).contains(applicant, opponent);
        assertThat(visible(".record-detail__basis").getText()).contains("第四十三条");
        screenshot("legal-aid-application");

        click("[data-test=action-decision]");
        visible(".action-dialog");
        click("[data-test=action-dialog-submit]");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=record-status]"), "给予法律援助"));

        clickButton("查看援助案件");
        wait.until(ExpectedConditions.urlMatches(CASE_URL.pattern()));
        Matcher url = CASE_URL.matcher(browser.getCurrentUrl());
        assertThat(url.find()).isTrue();
        String caseId = url.group(1);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=record-status]"), "待指派"));
        String deadlines = visible(".record-detail__deadlines").getText();
        String due = api.get("/api/legal-aid/v1/cases/" + caseId).json().get("deadlines").get(0).get("dueDate").asString();
        assertThat(deadlines).contains(due, "法律援助法第四十三条");

        click("[data-test=action-assign]");
        visible(".action-dialog");
        chooseByName("法律援助人员", provider);
        visible("[data-test=conflict-findings]");
        assertThat(visible("[data-test=conflict-check]").getText()).contains(opponent);
        click("[data-test=action-dialog-submit]");
        // not confirmed: the form says so and nothing is sent
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=step-field-conflictCheck]"), "核实后勾选确认"));
        click("[data-test=conflict-confirm]");
        type("[data-test=conflict-note] textarea", "同名不同人,已核实身份");
        screenshot("legal-aid-assign-conflict");
        click("[data-test=action-dialog-submit]");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=record-status]"), "已指派"));
        String fields = visible("[data-test=registry-fields]").getText();
        assertThat(fields).contains(provider, "同名不同人,已核实身份");
        screenshot("legal-aid-case-assigned");

        for (String[] list : new String[][] {{"法律援助人员", "providers"}, {"值班律师", "duty-lawyer-services"}, {"法律咨询", "consultations"}}) {
            openFromMenu(list[0]);
            String text = loadedList("[data-test=registry-" + list[1] + "]");
            assertThat(text).as(list[0]).doesNotContain("页面不存在", "无权访问", "暂无记录");
            assertThat(browser.findElements(By.cssSelector("[data-test=registry-" + list[1] + "] [data-test=registry-create]"))).isNotEmpty();
        }
        screenshot("legal-aid-consultations");
    }

    @Test
    void aBureauLeaderReadsTheCasesAndStatisticsButActsOnNothing() {
        open("/login");
        logIn("leader", DEMO_PASSWORD);
        openFromMenu("援助案件");
        loadedList("[data-test=registry-cases]");
        assertThat(browser.findElements(By.cssSelector("[data-test=registry-create]"))).isEmpty();

        browser.findElement(By.cssSelector("[data-test=registry-cases] .el-table__body tr a")).click();
        wait.until(ExpectedConditions.urlMatches(CASE_URL.pattern()));
        visible("[data-test=registry-fields]");
        assertThat(browser.findElements(By.cssSelector("[data-test^=action-]:not([data-test^=action-dialog])"))).isEmpty();

        open("/legal-aid/statistics");
        assertThat(visible("[data-test=figure-cases]").getText()).contains("立案数", "同比");
        wait.until(d -> !d.findElements(By.cssSelector(".chart canvas")).isEmpty());
        screenshot("legal-aid-statistics");
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

    /** The text of a record list once its answer has arrived. */
    private String loadedList(String css) {
        By page = By.cssSelector(css);
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement p = d.findElement(page);
            boolean loading = p.findElements(By.cssSelector(".el-loading-mask")).stream().anyMatch(WebElement::isDisplayed);
            return loading || !p.findElements(By.cssSelector(".el-alert--error")).isEmpty() || !p.getText().contains("共") ? null : p.getText();
        });
    }

    /** Opens 法律援助 in the side menu (if closed) and clicks the entry. */
    private void openFromMenu(String title) {
        WebElement menu = visible("[data-test=main-menu]");
        By entry = By.xpath(".//li[contains(@class,'el-menu-item')][normalize-space(.)='" + title + "']");
        if (menu.findElements(entry).stream().noneMatch(WebElement::isDisplayed)) {
            menu.findElement(By.xpath(".//div[contains(@class,'el-sub-menu__title')][contains(normalize-space(.),'法律援助')]")).click();
            wait.until(d -> menu.findElements(entry).stream().anyMatch(WebElement::isDisplayed));
        }
        WebElement item = menu.findElements(entry).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
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

    private By dialogSelect(String label) {
        return By.xpath("//div[contains(@class,'action-dialog')]//div[contains(@class,'el-form-item')]"
                + "[.//label[normalize-space()='" + label + "']]//div[contains(@class,'el-select__wrapper')]");
    }

    /** Opens the select of the dialog's form item with that label and picks its first option. */
    private void chooseFirst(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(dialogSelect(label))).click();
        WebElement option = wait.until(d -> d.findElements(By.cssSelector(".el-select-dropdown__item")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        option.click();
    }

    /** Types a name into the searchable select of that label and picks the option of exactly that name. */
    private void chooseByName(String label, String name) {
        WebElement select = wait.until(ExpectedConditions.elementToBeClickable(dialogSelect(label)));
        select.click();
        select.findElement(By.cssSelector("input")).sendKeys(name);
        WebElement option = wait.until(d -> d.findElements(By.cssSelector(".el-select-dropdown__item")).stream()
                .filter(o -> o.isDisplayed() && o.getText().trim().equals(name)).findFirst().orElse(null));
        option.click();
    }

    private void clickButton(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='" + text + "']"))).click();
    }

    private WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    private void type(String css, String text) {
        WebElement input = visible(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }
}
