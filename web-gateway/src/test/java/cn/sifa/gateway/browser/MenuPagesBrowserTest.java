package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.SifaApplication;

/**
 * Issue 14, "open every page from the menu as its role": for each demo login, every entry of the menu as rendered
 * (so pages other sessions add are covered without listing them here) opens a live page at 1366×768 — not the
 * 404/403 page, its title in the header, no error message.
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class MenuPagesBrowserTest {

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
    @ValueSource(strings = {"mediation", "mediator", "legalaid", "review", "correction", "enforcement", "leader", "auditor", "admin"})
    void everyMenuEntryOpensALivePage(String login) {
        portal.logIn(login);
        Map<String, String> menu = portal.menu();
        for (Map.Entry<String, String> entry : menu.entrySet()) {
            portal.openFromMenu(entry.getKey());
            String title = portal.assertLivePage(login + " → " + entry.getValue());
            assertThat(title).as(login + " → " + entry.getKey()).isNotBlank();
        }
    }
}
