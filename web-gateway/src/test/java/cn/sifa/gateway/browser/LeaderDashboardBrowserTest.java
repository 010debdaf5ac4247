package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
 * The leader's dashboard and the 人民调解 registers in a real browser at 1366×768 (demo profile): the leader lands on
 * the dashboard, reads each service's figures and charts, and a figure opens the records behind it; the demo
 * mediation clerk opens the mediator roster and the committees from the menu and a mediator's page from the roster.
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class LeaderDashboardBrowserTest {

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
    void theLeaderLandsOnTheDashboardAndAFigureOpensItsRecords() {
        open("/login");
        logIn("leader");
        wait.until(ExpectedConditions.urlMatches("/dashboard$"));
        WebElement services = visible("[data-test=dashboard-services]");
        wait.until(d -> !d.findElement(By.cssSelector("[data-test=total-open]")).getText().startsWith("…"));
        assertThat(services.getText()).contains("人民调解", "法律援助", "行政复议应诉", "社区矫正", "行政执法监督");
        // both charts are drawn, side by side within the 1366 px window
        WebElement intake = visible("[data-test=chart-intake] canvas");
        assertThat(intake.getSize().getWidth()).isGreaterThan(300);
        assertThat(intake.getLocation().getX() + intake.getSize().getWidth()).isLessThanOrEqualTo(1366);
        Long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth).as("no horizontal scrolling at 1366×768").isLessThanOrEqualTo(1366);

        String overdue = visible("[data-test=overdue-mediation]").getText().trim();
        click("[data-test=overdue-mediation]");
        wait.until(ExpectedConditions.urlMatches("/dashboard/deadlines\\?.*service=mediation"));
        assertThat(browser.getCurrentUrl()).contains("status=OVERDUE");
        WebElement list = visible("[data-test=dashboard-deadlines]");
        String text = wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement l = d.findElement(By.cssSelector("[data-test=dashboard-deadlines]"));
            boolean loading = l.findElements(By.cssSelector(".el-loading-mask")).stream().anyMatch(WebElement::isDisplayed);
            return loading || !l.getText().contains("共") ? null : l.getText();
        });
        // the dashboard counts records, the list their deadlines: at least as many rows as the figure
        assertThat(text).doesNotContain("加载失败");
        if (!"0".equals(overdue)) {
            assertThat(text).doesNotContain("共 0 条");
        }
        assertThat(list.isDisplayed()).isTrue();

        // the menu's 我的待办 still opens the worklist
        browser.findElement(By.xpath("//li[contains(@class,'el-menu-item')][normalize-space(.)='我的待办']")).click();
        wait.until(ExpectedConditions.urlMatches("/$"));
        visible("[data-test=count-overdue]");
    }

    @Test
    void theMediationClerkOpensTheRosterAndAMediator() {
        open("/login");
        logIn("mediation");
        openFromMenu("调解员");
        wait.until(ExpectedConditions.urlMatches("/mediation/mediators(\\?.*)?$"));
        String roster = loaded("[data-test=registry-mediators]");
        assertThat(roster).contains("姓名", "调委会").doesNotContain("页面不存在", "无权访问");
        assertThat(browser.findElements(By.cssSelector("[data-test=registry-create]"))).isNotEmpty();

        WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=registry-mediators] .el-table__body tr a")));
        String name = first.getText().trim();
        first.click();
        wait.until(ExpectedConditions.urlMatches("/mediation/mediators/[0-9a-f-]{36}$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=registry-fields]"), name));
        assertThat(visible("[data-test=registry-edit]").getText()).isEqualTo("修改");

        openFromMenu("调委会");
        wait.until(ExpectedConditions.urlMatches("/mediation/committees(\\?.*)?$"));
        assertThat(loaded("[data-test=registry-committees]")).contains("届满日期").doesNotContain("页面不存在");
    }

    /** The text of a register's list once its answer has arrived (it re-renders: read it afresh). */
    private String loaded(String css) {
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement p = d.findElement(By.cssSelector(css));
            boolean loading = p.findElements(By.cssSelector(".el-loading-mask")).stream().anyMatch(WebElement::isDisplayed);
            return loading || !p.findElements(By.cssSelector(".el-alert--error")).isEmpty() || !p.getText().contains("共") ? null : p.getText();
        });
    }

    /** Opens 人民调解 in the side menu (if closed) and clicks the entry. */
    private void openFromMenu(String title) {
        WebElement menu = visible("[data-test=main-menu]");
        By entry = By.xpath(".//li[contains(@class,'el-menu-item')][normalize-space(.)='" + title + "']");
        if (menu.findElements(entry).stream().noneMatch(WebElement::isDisplayed)) {
            menu.findElement(By.xpath(".//div[contains(@class,'el-sub-menu__title')][contains(normalize-space(.),'人民调解')]")).click();
            wait.until(d -> menu.findElements(entry).stream().anyMatch(WebElement::isDisplayed));
        }
        WebElement item = menu.findElements(entry).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void logIn(String username) {
        type("#login-username", username);
        type("#login-password", DEMO_PASSWORD);
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
