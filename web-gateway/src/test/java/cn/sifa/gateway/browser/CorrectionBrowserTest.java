package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestClock;
import cn.sifa.gateway.SifaApplication;

/**
 * The 社区矫正 pages in a real browser at 1366×768 (demo profile, the `correction` login of 开福区): an investigation
 * commissioned and its opinion given; a subject taken in, reported in, given a team (the female-member rule), a plan
 * and a supervision level, with a check-in and a leave request whose approver level the service computes; its
 * deadlines with their basis; the alerts and a released person. A bureau leader reads the same pages without buttons.
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class CorrectionBrowserTest {

    static final String DEMO_PASSWORD = "Sifa@2026demo";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String UUID = "[0-9a-f-]{36}$";

    @LocalServerPort
    int port;

    /** The fixed test clock, when the context has one: the portal takes "today" from the browser's own clock. */
    @Autowired(required = false)
    TestClock clock;

    ChromeDriver browser;
    WebDriverWait wait;
    LocalDate today;

    @BeforeAll
    static void needsChromiumAndTheBuiltPortal() {
        Chromium.requireInstalled();
        Chromium.require(new ClassPathResource("static/index.html").exists(),
                "the built portal (target/classes/static/index.html; the Maven build makes it unless -Dskip.portal=true)");
    }

    @BeforeEach
    void openBrowser() {
        today = LocalDate.now();
        if (clock != null) {
            clock.setToday(today);
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
    void aClerkCommissionsAnInvestigationAndGivesTheOpinion() {
        open("/login");
        logIn("correction", DEMO_PASSWORD);

        openFromMenu("调查评估");
        click("[data-test=registry-create]");
        visible(".el-dialog");
        type("[data-test=step-field-commissioningAuthority] input", "长沙市开福区人民法院");
        choose("委托机关类别", "人民法院");
        choose("拟适用", "缓刑");
        type("[data-test=step-field-personName] input", "赵浏览");
        type("[data-test=step-field-idNumber] input", idNumber("430105", "19850601", true));
        screenshot("correction-investigation-form");
        click("[data-test=action-dialog-submit]");

        wait.until(ExpectedConditions.urlMatches("/correction/investigations/" + UUID));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=record-status]"), "已受托"));
        assertThat(visible(".record-detail__deadlines").getText()).isNotBlank();
        assertThat(visible(".record-detail__basis").getText()).isNotBlank();

        click("[data-test=action-opinion]");
        visible("[data-test=opinion-suitable]").findElement(By.xpath(".//label[contains(.,'适宜社区矫正')]")).click();
        type("[data-test=step-field-opinion] textarea", "经调查评估,适宜社区矫正。");
        click("[data-test=action-dialog-submit]");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=record-status]"), "已提交评估意见"));
        assertThat(visible("[data-test=registry-fields]").getText()).contains("经调查评估,适宜社区矫正。", "赵浏览");
        screenshot("correction-investigation-done");
    }

    @Test
    void aSubjectIsTakenInReceivedAndSupervisedWithACheckInAndALeaveRequest() {
        open("/login");
        logIn("correction", DEMO_PASSWORD);

        openFromMenu("矫正对象");
        click("[data-test=registry-create]");
        visible(".el-dialog");
        type("[data-test=step-field-personName] input", "钱浏览");
        type("[data-test=step-field-idNumber] input", idNumber("430105", "19900312", false));
        choose("性别", "女");
        choose("矫正类别", "缓刑");
        type("[data-test=step-field-crime] input", "危险驾驶罪");
        type("[data-test=step-field-decidingAuthority] input", "长沙市开福区人民法院");
        date("termStart", today);
        date("termEnd", today.plusYears(1).minusDays(1));
        click("[data-test=action-dialog-submit]");

        wait.until(ExpectedConditions.urlMatches("/correction/subjects/" + UUID));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=record-status]"), "待报到"));
        // the report-in deadline with its legal basis
        assertThat(visible(".record-detail__deadlines").getText()).isNotBlank();
        assertThat(visible(".record-detail__basis").getText()).isNotBlank();
        screenshot("correction-subject-intake");

        step("report-in");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=record-status]"), "已报到登记"));

        // a woman's team needs a woman: the server says so beside the form
        click("[data-test=action-team]");
        type("[data-test=step-field-members] textarea", "孙矫正(司法所)、周某(社区)");
        click("[data-test=action-dialog-submit]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".el-dialog"), "女性成员"));
        click("[data-test=step-field-includesWoman] .el-switch");
        submitAndSee("周某(社区)");

        click("[data-test=action-plan]");
        type("[data-test=step-field-plan] textarea", "每月报告一次,参加教育学习与公益活动。");
        submitAndSee("每月报告一次");

        step("supervision-level");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=record-status]"), "矫正中"));

        step("check-ins");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=registry-fields]"), "最近报告"));

        // a ten-day trip: the service says a county agency approves it
        click("[data-test=sub-create-leave-requests]");
        visible(".el-dialog");
        type("[data-test=step-field-destination] input", "广州市天河区");
        date("from", today.plusDays(3));
        date("to", today.plusDays(12));
        type("[data-test=step-field-reason] textarea", "探望病重的母亲");
        click("[data-test=action-dialog-submit]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=sub-leave-requests] .el-table__body"), "广州市天河区"));
        String leave = visible("[data-test=sub-leave-requests] .el-table__body tr").getText();
        assertThat(leave).contains("县级社区矫正机构");
        // the deadlines of a subject under correction, each with its basis
        List<WebElement> basis = browser.findElements(By.cssSelector(".record-detail__basis"));
        assertThat(basis).isNotEmpty().allSatisfy(b -> assertThat(b.getText()).isNotBlank());
        screenshot("correction-subject-under-correction");

        click("[data-test=sub-leave-requests] [data-test=sub-action-approve]");
        visible(".el-dialog");
        assertThat(visible("[data-test=step-field-approverLevel]").getText()).contains("县级社区矫正机构");
        type("[data-test=step-field-approver] input", "开福区社区矫正管理局");
        click("[data-test=action-dialog-submit]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=sub-leave-requests] .el-table__body"), "开福区社区矫正管理局"));
    }

    /** Submits the open dialog and waits for the record's fields to show the text. */
    private void submitAndSee(String text) {
        click("[data-test=action-dialog-submit]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=registry-fields]"), text));
    }

    @Test
    void theAlertsOpenTheirRecordsAndAReleasedPersonShowsItsSupport() {
        open("/login");
        logIn("correction", DEMO_PASSWORD);

        openFromMenu("预警");
        wait.until(d -> !d.findElements(By.cssSelector("[data-test=correction-alerts] .el-table__body tr")).isEmpty());
        screenshot("correction-alerts");
        click("[data-test=correction-alerts] .el-table__body tr a");
        wait.until(ExpectedConditions.urlMatches("/correction/(subjects|released-persons)/" + UUID));
        visible("[data-test=record-status]");

        openFromMenu("安置帮教");
        wait.until(d -> !d.findElements(By.cssSelector("[data-test=registry-released-persons] .el-table__body tr")).isEmpty());
        click("[data-test=registry-released-persons] .el-table__body tr a");
        wait.until(ExpectedConditions.urlMatches("/correction/released-persons/" + UUID));
        assertThat(visible("[data-test=registry-fields]").getText()).contains("释放单位");
        screenshot("correction-released-person");

        openFromMenu("统计分析");
        visible("[data-test=in-register]");
        wait.until(d -> !d.findElements(By.cssSelector("[data-test=correction-statistics] canvas")).isEmpty());
        screenshot("correction-statistics");
    }

    @Test
    void aBureauLeaderReadsTheCorrectionPagesWithoutButtons() {
        open("/login");
        logIn("leader", DEMO_PASSWORD);

        open("/correction/subjects");
        visible("[data-test=registry-subjects]");
        wait.until(d -> !d.findElements(By.cssSelector("[data-test=registry-subjects] .el-table__body tr")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("[data-test=registry-create]"))).isEmpty();
        click("[data-test=registry-subjects] .el-table__body tr a");
        wait.until(ExpectedConditions.urlMatches("/correction/subjects/" + UUID));
        visible("[data-test=record-status]");
        visible("[data-test=sub-leave-requests]");
        wait.until(d -> d.findElements(By.cssSelector(".el-loading-mask")).stream().noneMatch(WebElement::isDisplayed));
        assertThat(browser.findElements(By.cssSelector("[data-test^=action-]:not([data-test^=action-dialog])"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-test^=sub-create-], [data-test^=sub-action-]"))).isEmpty();
        screenshot("correction-leader-subject");

        open("/correction/investigations");
        visible("[data-test=registry-investigations]");
        wait.until(d -> d.findElements(By.cssSelector(".el-loading-mask")).stream().noneMatch(WebElement::isDisplayed));
        assertThat(browser.findElements(By.cssSelector("[data-test=registry-create]"))).isEmpty();
    }

    // --- helpers ---

    /** A valid resident ID number (GB 11643 check digit) with a random sequence, so reruns do not collide. */
    static String idNumber(String area, String birth, boolean male) {
        int seq = ThreadLocalRandom.current().nextInt(50, 499) * 2 + (male ? 1 : 0);
        String first17 = area + birth + String.format("%03d", seq);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** Opens a step the record offers and submits its form as it opens (date today, defaults). */
    private void step(String action) {
        click("[data-test=action-" + action + "]");
        visible(".el-dialog");
        click("[data-test=action-dialog-submit]");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test=action-dialog-submit]")));
    }

    private void date(String prop, LocalDate value) {
        WebElement input = visible("[data-test=step-field-" + prop + "] input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value.toString(), Keys.ENTER);
    }

    /** Opens 社区矫正 in the side menu (if closed) and clicks the entry. */
    private void openFromMenu(String title) {
        WebElement menu = visible("[data-test=main-menu]");
        By entry = By.xpath(".//li[contains(@class,'el-menu-item')][normalize-space(.)='" + title + "']");
        if (menu.findElements(entry).stream().noneMatch(WebElement::isDisplayed)) {
            menu.findElement(By.xpath(".//div[contains(@class,'el-sub-menu__title')][contains(normalize-space(.),'社区矫正')]")).click();
            wait.until(d -> menu.findElements(entry).stream().anyMatch(WebElement::isDisplayed));
        }
        WebElement item = menu.findElements(entry).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    }

    /** Opens the select of the dialog's form item with that label and picks the option of that text. */
    private void choose(String label, String option) {
        By select = By.xpath("//div[contains(@class,'el-dialog')]//div[contains(@class,'el-form-item')]"
                + "[.//label[normalize-space()='" + label + "']]//div[contains(@class,'el-select__wrapper')]");
        wait.until(ExpectedConditions.elementToBeClickable(select)).click();
        PortalSession.clickOption(wait, o -> o.getText().trim().equals(option));
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
