package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.SifaApplication;

/**
 * The 行政执法监督 registers in a real browser at 1366×768 (demo profile): each is reached from the menu as the demo
 * supervisor and lists its records without an error; a normative document is filed through the create form and
 * reviewed through the step its detail page offers; a bureau leader sees the pages but no create button.
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class EnforcementRegistersBrowserTest {

    static final String DEMO_PASSWORD = "Sifa@2026demo";
    static final Duration WAIT = Duration.ofSeconds(20);

    /** Menu title → the register's address, in menu order. */
    static final Map<String, String> REGISTERS = new LinkedHashMap<>();

    static {
        REGISTERS.put("执法主体", "agencies");
        REGISTERS.put("执法人员与证件", "officers");
        REGISTERS.put("规范性文件备案", "normative-documents");
        REGISTERS.put("重大执法决定法制审核", "major-decision-reviews");
        REGISTERS.put("行政处罚备案", "penalty-filings");
        REGISTERS.put("合法性审核", "legality-reviews");
        REGISTERS.put("案卷评查计划", "file-review-plans");
        REGISTERS.put("案卷评查", "file-reviews");
        REGISTERS.put("涉企检查", "inspections");
        REGISTERS.put("检查白名单", "white-list");
        REGISTERS.put("免罚轻罚清单", "leniency-items");
        REGISTERS.put("免罚轻罚决定", "lenient-decisions");
    }

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
    void everyRegisterOpensFromTheMenuAndListsItsRecords() {
        open("/login");
        logIn("enforcement", DEMO_PASSWORD);
        for (Map.Entry<String, String> register : REGISTERS.entrySet()) {
            openFromMenu(register.getKey());
            wait.until(ExpectedConditions.urlMatches("/enforcement/" + register.getValue() + "(\\?.*)?$"));
            By page = By.cssSelector("[data-test=registry-" + register.getValue() + "]");
            // the list re-renders when its answer arrives: read it afresh until it has loaded
            String text = wait.ignoring(StaleElementReferenceException.class).until(d -> {
                WebElement p = d.findElement(page);
                boolean loading = p.findElements(By.cssSelector(".el-loading-mask")).stream().anyMatch(WebElement::isDisplayed);
                return loading || !p.findElements(By.cssSelector(".el-alert--error")).isEmpty() || !p.getText().contains("共") ? null : p.getText();
            });
            assertThat(text).as(register.getKey()).doesNotContain("页面不存在", "无权访问");
        }
    }

    @Test
    void aNormativeDocumentFiledInThePortalIsReviewedThroughItsStep() {
        String title = "关于规范涉企检查的通知" + UUID.randomUUID().toString().substring(0, 6);
        open("/login");
        logIn("enforcement", DEMO_PASSWORD);
        openFromMenu("规范性文件备案");
        click("[data-test=registry-create]");
        visible(".el-dialog");
        type("[data-test=step-field-title] input", title);
        type("[data-test=step-field-documentNo] input", "开政发〔2026〕" + (int) (Math.random() * 900 + 100) + "号");
        type("[data-test=step-field-issuingBody] input", "开福区人民政府");
        WebElement published = visible("[data-test=step-field-publishedOn] input");
        published.sendKeys(java.time.LocalDate.now().minusDays(3).toString(), Keys.ENTER);
        click("[data-test=action-dialog-submit]");

        wait.until(ExpectedConditions.urlMatches("/enforcement/normative-documents/[0-9a-f-]{36}$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=registry-fields]"), title));
        String before = visible("[data-test=record-status]").getText();
        assertThat(before).isNotBlank();
        List<String> offered = browser.findElements(By.cssSelector("[data-test^=action-]:not([data-test^=action-dialog])")).stream()
                .map(WebElement::getText).toList();
        assertThat(offered).contains("备案审查");

        click("[data-test=action-review]");
        visible(".el-dialog");
        type("[data-test=step-field-opinion] textarea", "经审查,未发现违法情形。");
        click("[data-test=action-dialog-submit]");
        wait.until(d -> !d.findElement(By.cssSelector("[data-test=record-status]")).getText().equals(before));
        assertThat(visible("[data-test=registry-fields]").getText()).contains("经审查,未发现违法情形。");

        // back to the list: the filter typed there survives opening a record and coming back
        open("/enforcement/normative-documents");
        type("input[placeholder='标题、文号']", title);
        visible("input[placeholder='标题、文号']").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(d -> d.findElements(By.cssSelector(".el-table__body tr")).size() == 1);
        browser.findElement(By.cssSelector(".el-table__body tr a")).click();
        wait.until(ExpectedConditions.urlMatches("/enforcement/normative-documents/[0-9a-f-]{36}$"));
        browser.navigate().back();
        wait.until(d -> title.equals(d.findElement(By.cssSelector("input[placeholder='标题、文号']")).getDomProperty("value")));
    }

    @Test
    void aBureauLeaderReadsTheRegistersButCreatesNothing() {
        open("/login");
        logIn("leader", DEMO_PASSWORD);
        openFromMenu("涉企检查");
        visible("[data-test=registry-inspections]");
        wait.until(d -> d.findElements(By.cssSelector(".el-loading-mask")).stream().noneMatch(WebElement::isDisplayed));
        assertThat(browser.findElements(By.cssSelector("[data-test=registry-create]"))).isEmpty();
    }

    /** Opens 行政执法监督 in the side menu (if closed) and clicks the entry. */
    private void openFromMenu(String title) {
        WebElement menu = visible("[data-test=main-menu]");
        By entry = By.xpath(".//li[contains(@class,'el-menu-item')][normalize-space(.)='" + title + "']");
        if (menu.findElements(entry).stream().noneMatch(WebElement::isDisplayed)) {
            menu.findElement(By.xpath(".//div[contains(@class,'el-sub-menu__title')][contains(normalize-space(.),'行政执法监督')]")).click();
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
