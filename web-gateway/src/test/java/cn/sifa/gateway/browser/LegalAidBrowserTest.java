package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestClock;
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

    static final Pattern APPLICATION_URL = Pattern.compile("/legal-aid/applications/([0-9a-f-]{36})$");
    static final Pattern CASE_URL = Pattern.compile("/legal-aid/cases/([0-9a-f-]{36})$");
    static final By STATUS = By.cssSelector("[data-test=record-status]");

    @LocalServerPort
    int port;

    PortalSession portal;

    /** The fixed test clock, when the context has one: the portal takes "today" from the browser's own clock. */
    @Autowired(required = false)
    TestClock clock;

    @BeforeAll
    static void needsChromiumAndTheBuiltPortal() {
        PortalSession.requireChromiumAndBuiltPortal();
    }

    @BeforeEach
    void openBrowser() {
        Optional.ofNullable(clock).ifPresent(c -> c.setToday(LocalDate.now()));
        portal = new PortalSession(port, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void aBureauLeaderReadsTheCasesAndStatisticsButActsOnNothing() {
        portal.logIn("leader");
        portal.openFromMenu("法律援助", "援助案件");
        portal.loadedList("[data-test=registry-cases]");
        assertThat(portal.browser.findElements(By.cssSelector("[data-test=registry-create]"))).isEmpty();

        portal.browser.findElement(By.cssSelector("[data-test=registry-cases] .el-table__body tr a")).click();
        portal.wait.until(ExpectedConditions.urlMatches(CASE_URL.pattern()));
        portal.visible("[data-test=registry-fields]");
        assertThat(portal.browser.findElements(By.cssSelector("[data-test^=action-]:not([data-test^=action-dialog])"))).isEmpty();
        portal.screenshot("legal-aid-case-leader");

        portal.open("/legal-aid/statistics");
        assertThat(portal.visible("[data-test=figure-cases]").getText()).contains("立案数", "同比");
        portal.wait.until(d -> !d.findElements(By.cssSelector(".chart canvas")).isEmpty());
        portal.screenshot("legal-aid-statistics");
    }
}
