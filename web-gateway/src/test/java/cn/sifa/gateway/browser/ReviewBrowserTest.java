package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * The 行政复议应诉 pages in a real browser against the whole application (demo profile, login `review` of 开福区, at
 * 1366×768): an application received, accepted, copied to the respondent, answered, decided and served, with its
 * deadlines and their basis; the lawsuit against it registered from the case and linked back; a decision held back
 * for a missing hearing shows its reason; a bureau leader reads the pages without a button.
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class ReviewBrowserTest {

    static final String DEMO_PASSWORD = "Sifa@2026demo";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Pattern RECONSIDERATION_URL = Pattern.compile("/review/reconsiderations/([0-9a-f-]{36})$");
    static final String ID_NUMBER = "11010519491231002X";

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

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    cn.sifa.core.testing.TestClock clock;

    @BeforeEach
    void openBrowser() {
        if (clock != null) {
            clock.setToday(LocalDate.now());
        }
        browser = Chromium.start();
        wait = new WebDriverWait(browser, WAIT);
        // Element Plus re-renders while a condition is polled: a stale element means "look again".
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anApplicationIsReceivedAcceptedDecidedAndLitigatedInThePortal() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String applicant = "张复议" + suffix;
        open("/login");
        logIn("review", DEMO_PASSWORD);

        openFromMenu("行政复议案件");
        visible("[data-test=registry-reconsiderations]");
        click("[data-test=registry-create]");
        visible(".el-dialog");
        type("input[data-test=applicants-name-0]", applicant);
        type("[data-test=applicants-id-0] input", ID_NUMBER);
        type("input[data-test=applicants-phone-0]", "13800000001");
        type("[data-test=step-field-respondentName] input", "开福区市场监督管理局");
        chooseFirst("行为类别");
        type("[data-test=step-field-actDescription] textarea", "罚款2000元");
        WebElement knewOn = visible("[data-test=step-field-knewOn] input");
        knewOn.sendKeys(LocalDate.now().minusDays(5).toString(), Keys.ENTER);
        type("[data-test=step-field-requests] textarea", "撤销该行政处罚决定");
        screenshot("review-application-form");
        click("[data-test=action-dialog-submit]");

        wait.until(ExpectedConditions.urlMatches(RECONSIDERATION_URL.pattern()));
        Matcher url = RECONSIDERATION_URL.matcher(browser.getCurrentUrl());
        assertThat(url.find()).isTrue();
        String id = url.group(1);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=registry-fields]"), applicant));
        // the review staff see the applicant's numbers in full; the acceptance review runs with its basis
        assertThat(visible("[data-test=registry-fields]").getText()).contains(ID_NUMBER, "13800000001", "开福区市场监督管理局");
        assertThat(basisTexts()).anyMatch(b -> b.contains("第30条"));
        screenshot("review-application-received");

        step("acceptance");
        assertThat(basisTexts()).anyMatch(b -> b.contains("第48条"));
        screenshot("review-accepted");
        step("copy-sent");
        step("respondent-reply");

        String before = visible("[data-test=record-status]").getText();
        click("[data-test=action-decision]");
        visible(".el-dialog");
        chooseFirst("决定结果");
        type("[data-test=step-field-approvedBy] input", "复议机构负责人 王某");
        click("[data-test=action-dialog-submit]");
        wait.until(d -> !d.findElement(By.cssSelector("[data-test=record-status]")).getText().equals(before));
        step("service");

        Http api = new Http(port);
        assertThat(api.login("review", DEMO_PASSWORD).status()).isEqualTo(200);
        assertThat(api.get("/api/review/v1/reconsiderations/" + id).json().get("status").asString()).isEqualTo("SERVED");

        // the lawsuit against the decision, registered from the case: it starts linked to it
        clickButton("行政应诉案件");
        wait.until(ExpectedConditions.urlContains("relatedReconsiderationId=" + id));
        visible("[data-test=registry-litigations]");
        click("[data-test=registry-create]");
        visible(".el-dialog");
        String courtCaseNo = "(2026)湘0105行初" + suffix + "号";
        type("[data-test=step-field-court] input", "开福区人民法院");
        type("[data-test=step-field-courtCaseNo] input", courtCaseNo);
        type("[data-test=step-field-plaintiff] input", applicant);
        // a multiple select shows its input only once focused
        click("[data-test=defendants-select] .el-select__wrapper");
        WebElement defendants = visible("[data-test=defendants-select] input");
        defendants.sendKeys("开福区市场监督管理局", Keys.ENTER);
        visible(".action-dialog .el-dialog__title").click(); // closes the multi-select's dropdown
        chooseFirst("被诉行为类别");
        wait.until(d -> d.findElement(By.cssSelector("[data-test=step-field-relatedReconsiderationId]")).getText().contains(applicant));
        click("[data-test=action-dialog-submit]");

        wait.until(ExpectedConditions.urlMatches("/review/litigations/[0-9a-f-]{36}$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=registry-fields]"), courtCaseNo));
        assertThat(basisTexts()).anyMatch(b -> b.contains("第67条"));
        assertThat(actions()).contains("提交答辩");
        screenshot("review-litigation");

        clickButton("查看行政复议案件");
        wait.until(ExpectedConditions.urlMatches(RECONSIDERATION_URL.pattern()));
        assertThat(browser.getCurrentUrl()).endsWith(id);
        assertThat(api.get("/api/review/v1/reconsiderations/" + id).json().get("status").asString()).isEqualTo("LITIGATED");
    }

    @Test
    void aDecisionBeforeTheMandatoryHearingShowsWhatIsMissing() {
        Http api = new Http(port);
        assertThat(api.login("review", DEMO_PASSWORD).status()).isEqualTo(200);
        String id = applyAndAcceptMajorComplexCase(api);

        open("/login");
        logIn("review", DEMO_PASSWORD);
        open("/review/reconsiderations/" + id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=registry-fields]"), "须先组织听证"));

        click("[data-test=action-decision]");
        visible(".el-dialog");
        chooseFirst("决定结果");
        type("[data-test=step-field-approvedBy] input", "区长");
        click("[data-test=action-dialog-submit]");
        WebElement alert = visible(".action-dialog__alert");
        assertThat(alert.getText()).contains("法定程序未履行", "听证");
        screenshot("review-procedure-requirement-unmet");
    }

    @Test
    void aBureauLeaderReadsTheCasesAndStatisticsWithoutAButton() {
        Http api = new Http(port);
        assertThat(api.login("review", DEMO_PASSWORD).status()).isEqualTo(200);
        String id = applyAndAcceptMajorComplexCase(api);

        open("/login");
        logIn("leader", DEMO_PASSWORD);
        openFromMenu("行政复议案件");
        visible("[data-test=registry-reconsiderations]");
        wait.until(d -> d.findElements(By.cssSelector(".el-loading-mask")).stream().noneMatch(WebElement::isDisplayed));
        assertThat(browser.findElements(By.cssSelector("[data-test=registry-create]"))).isEmpty();

        open("/review/reconsiderations/" + id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=registry-fields]"), "开福区人民政府"));
        assertThat(actions()).isEmpty();
        // a leader sees the applicant's ID number masked
        assertThat(visible("[data-test=registry-fields]").getText()).doesNotContain(ID_NUMBER).contains("110105");
        screenshot("review-leader-detail");

        openFromMenu("统计分析");
        wait.until(ExpectedConditions.urlContains("/review/statistics"));
        assertThat(visible("[data-test=correction-rate]").getText()).containsPattern("\\d+\\.\\d%|—");
        assertThat(visible("[data-test=head-appearance-rate]").getText()).containsPattern("\\d+\\.\\d%|—");
        wait.until(d -> !d.findElements(By.cssSelector(".chart canvas")).isEmpty());
        screenshot("review-statistics");
    }

    /** Through the API: an application, accepted as 重大、疑难、复杂, copied and answered; its id. */
    private String applyAndAcceptMajorComplexCase(Http api) {
        String today = LocalDate.now().toString();
        Http.Response created = api.post("/api/review/v1/reconsiderations", Map.of(
                "applicants", List.of(Map.of("kind", "NATURAL_PERSON", "name", "李听证", "idNumber", ID_NUMBER, "phone", "13800000001")),
                "respondentAgency", Map.of("name", "开福区人民政府"),
                "actCategory", "EXPROPRIATION", "actDescription", "房屋征收决定", "knewOn", today,
                "requests", "撤销", "channel", "WRITTEN"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String base = "/api/review/v1/reconsiderations/" + id;
        Http.Response accepted = api.post(base + "/acceptance", Map.of("decision", "ACCEPT", "procedure", "ORDINARY", "majorComplex", true));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(api.post(base + "/copy-sent", Map.of()).status()).isEqualTo(200);
        assertThat(api.post(base + "/respondent-reply", Map.of()).status()).isEqualTo(200);
        return id;
    }

    // --- helpers ---

    /** Runs a step offered on the record page with its form's defaults, and waits for the record to change. */
    private void step(String action) {
        String before = visible("[data-test=record-status]").getText() + visible("[data-test=registry-fields]").getText();
        click("[data-test=action-" + action + "]");
        visible(".el-dialog");
        click("[data-test=action-dialog-submit]");
        wait.until(d -> d.findElements(By.cssSelector(".el-dialog")).stream().noneMatch(WebElement::isDisplayed));
        wait.until(d -> !before.equals(d.findElement(By.cssSelector("[data-test=record-status]")).getText()
                + d.findElement(By.cssSelector("[data-test=registry-fields]")).getText()));
    }

    /** The step buttons the record page offers. */
    private List<String> actions() {
        return browser.findElements(By.cssSelector("[data-test^=action-]:not([data-test^=action-dialog])")).stream()
                .map(WebElement::getText).toList();
    }

    private List<String> basisTexts() {
        visible(".record-detail__basis");
        return browser.findElements(By.cssSelector(".record-detail__basis")).stream().map(WebElement::getText).toList();
    }

    private void clickButton(String text) {
        By button = By.xpath("//button[normalize-space(.)='" + text + "']");
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    /** Opens 行政复议应诉 in the side menu (if closed) and clicks the entry. */
    private void openFromMenu(String title) {
        WebElement menu = visible("[data-test=main-menu]");
        By entry = By.xpath(".//li[contains(@class,'el-menu-item')][normalize-space(.)='" + title + "']");
        By group = By.xpath(".//li[contains(@class,'el-sub-menu')][.//div[contains(@class,'el-sub-menu__title')][contains(normalize-space(.),'行政复议应诉')]]");
        if (menu.findElement(group).findElements(entry).stream().noneMatch(WebElement::isDisplayed)) {
            menu.findElement(By.xpath(".//div[contains(@class,'el-sub-menu__title')][contains(normalize-space(.),'行政复议应诉')]")).click();
            wait.until(d -> menu.findElement(group).findElements(entry).stream().anyMatch(WebElement::isDisplayed));
        }
        WebElement item = menu.findElement(group).findElements(entry).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    }

    /** Opens the select of the dialog's form item with that label and picks its first option. */
    private void chooseFirst(String label) {
        By select = By.xpath("//div[contains(@class,'action-dialog')]//div[contains(@class,'el-form-item')]"
                + "[.//label[normalize-space()='" + label + "']]"
                + "//div[contains(@class,'el-select__wrapper')]");
        WebElement wrapper = wait.until(ExpectedConditions.elementToBeClickable(select));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", wrapper);
        wrapper.click();
        PortalSession.clickOption(wait, option -> true);
    }

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
