package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.SifaApplication;

/**
 * Issue 14, "walk every worklist item of a demo clerk to a live page": each item of 我的待办 (overdue and due soon)
 * opens a page that exists and that the clerk may see. Items whose pages do not exist yet are hidden by the worklist
 * itself, so the walk holds before and after other sections' pages land.
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class WorklistBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    PortalPages portal;

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
        portal = new PortalPages(browser, port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mediation", "mediator", "legalaid", "review", "correction", "enforcement"})
    void everyWorklistItemOpensALivePage(String login) {
        portal.logIn(login);
        Set<String> links = worklistLinks();
        for (String link : links) {
            portal.openFromMenu("/");
            WebElement item = new WebDriverWait(browser, java.time.Duration.ofSeconds(20)).until(d -> d.findElements(
                    By.cssSelector("[data-test=worklist-case-no][data-link='" + link + "']")).stream().findFirst().orElse(null));
            portal.follow(item, "/");
            assertThat(PortalPages.pathOf(browser.getCurrentUrl())).isEqualTo(link);
            portal.assertLivePage(login + " → " + link);
        }
    }

    /** The links of both tabs (overdue, due soon), once the counters have been counted. */
    private Set<String> worklistLinks() {
        WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(20));
        wait.until(d -> !d.findElement(By.cssSelector("[data-test=count-overdue]")).getText().contains("…")
                && !d.findElement(By.cssSelector("[data-test=count-due-soon]")).getText().contains("…"));
        Set<String> links = new LinkedHashSet<>();
        for (WebElement a : browser.findElements(By.cssSelector("[data-test=worklist-case-no][data-link]"))) {
            links.add(a.getDomAttribute("data-link"));
        }
        return links;
    }
}
