package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;
import cn.sifa.gateway.reliability.HostileStringsTest;

/**
 * Issue 16: hostile strings are rendered inert in the portal. A mediation case whose parties are named
 * {@code <img src=x onerror=…>} and {@code <script>…</script>} (and a rare CJK name, emoji, a bidi override) is opened
 * in the worklist and in its detail page: the names show literally as text, no {@code img}/{@code script} element was
 * made from them, the script's window flag is unset and no alert opened. The DOM checks prove it without the CSP (which
 * would also block the inline handler): nothing is parsed as HTML at all.
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class HostileStringsBrowserTest {

    static final String DEMO_PASSWORD = "Sifa@2026demo";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String IMG = HostileStringsTest.IMG;
    static final String SCRIPT = HostileStringsTest.SCRIPT;
    static final String RARE = HostileStringsTest.RARE_NAME + HostileStringsTest.EMOJI;

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

    @BeforeEach
    void openBrowser() {
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
    void markupInNamesIsShownAsTextInTheWorklistAndTheDetail() {
        Http county = new Http(port).bearer(Http.accessToken(port, "kaifu-county", "kaifu-demo-secret"));
        String id = HostileStringsTest.mediationCase(county, List.of(IMG, SCRIPT, RARE), SCRIPT + " 相邻排水纠纷 " + IMG);
        String caseNo = county.get("/api/mediation/v1/cases/" + id).json().get("caseNo").asString();

        open("/login");
        type("#login-username", "mediation");
        type("#login-password", DEMO_PASSWORD);
        browser.findElement(By.cssSelector("[data-test=login-submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        // The worklist, searched to this case.
        open("/mediation/cases");
        type("input[data-test=case-search]", caseNo);
        browser.findElement(By.cssSelector("input[data-test=case-search]")).sendKeys(Keys.ENTER);
        wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector(".el-table__body tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(caseNo);
        });
        String row = browser.findElement(By.cssSelector(".el-table__body tr")).getDomProperty("textContent");
        assertThat(row).contains(IMG, SCRIPT);
        assertInert();

        // The detail page: parties and the summary.
        open("/mediation/cases/" + id);
        WebElement parties = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=case-parties]")));
        wait.until(d -> parties.getText().contains(IMG));
        assertThat(parties.getText()).contains(IMG, SCRIPT, HostileStringsTest.RARE_NAME);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(SCRIPT + " 相邻排水纠纷 " + IMG);
        assertInert();
    }

    /** No element was made from the markup, the script never ran, no alert is open. */
    private void assertInert() {
        assertThat(browser.findElements(By.cssSelector("img[src='x']"))).as("an <img> made from a name").isEmpty();
        Object scripts = browser.executeScript("return Array.from(document.scripts).filter(s => s.textContent.includes('__sifaXss')).length");
        assertThat(((Number) scripts).intValue()).as("a <script> made from a name").isZero();
        assertThat(browser.executeScript("return window.__sifaXss === undefined")).isEqualTo(true);
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened: a name's markup ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }
}
