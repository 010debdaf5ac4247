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
    void anApplicationTakenAndGrantedInThePortalHasItsCaseAssignedThroughTheConflictCheck() {
        // a provider already acting for a client: naming that client as the new applicant's opponent is a finding
        Http api = new Http(port);
        assertThat(api.login("legalaid", PortalSession.DEMO_PASSWORD).status()).isEqualTo(200);
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

        portal.logIn("legalaid");

        // the worklist: a legal-aid deadline opens its application or case (the pages exist)
        portal.wait.until(d -> d.findElements(By.cssSelector(".el-loading-mask")).stream().noneMatch(WebElement::isDisplayed));
        List<WebElement> items = portal.browser.findElements(By.cssSelector("[data-test=worklist-case-no]")).stream()
                .filter(WebElement::isDisplayed).toList();
        if (!items.isEmpty()) {
            items.get(0).click();
            portal.wait.until(ExpectedConditions.urlMatches("/legal-aid/(applications|cases)/[0-9a-f-]{36}$"));
            assertThat(portal.visible("[data-test=record-status]").getText()).isNotBlank();
            assertThat(portal.visible(".record-detail__basis").getText()).contains("法律援助法");
        }

        portal.openFromMenu("法律援助", "援助申请");
        portal.visible("[data-test=registry-applications]");
        portal.click("[data-test=registry-create]");
        portal.visible(".action-dialog");
        portal.type("[data-test=step-field-applicantName] input", applicant);
        portal.type("[data-test=step-field-applicantIdNumber] input", "11010519491231002X");
        portal.type("[data-test=step-field-applicantPhone] input", "13800138000");
        portal.chooseFirst("案件类别");
        portal.chooseFirst("援助事项");
        portal.chooseFirst("援助形式");
        portal.type("[data-test=step-field-summary] textarea", "浏览器测试:某公司拖欠工资三个月");
        portal.type("[data-test=step-field-opponentNames] input", opponent);
        portal.screenshot("legal-aid-application-form");
        portal.click("[data-test=action-dialog-submit]");

        portal.wait.until(ExpectedConditions.urlMatches(APPLICATION_URL.pattern()));
        assertThat(portal.visible("[data-test=record-status]").getText()).isEqualTo("审查中");
        assertThat(portal.visible("[data-test=registry-fields]").getText()).contains(applicant, opponent);
        assertThat(portal.visible(".record-detail__basis").getText()).contains("第四十三条");
        portal.screenshot("legal-aid-application");

        // 修改登记信息 while under review: the mistyped phone corrected through the edit form (sent with the ETag), in the timeline.
        portal.click("[data-test=registry-edit]");
        portal.visible(".action-dialog");
        portal.type("[data-test=step-field-applicantPhone] input", "13912340000");
        portal.click("[data-test=action-dialog-submit]");
        portal.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=registry-fields]"), "13912340000"));
        portal.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".record-detail"), "修改:申请人联系电话"));
        assertThat(portal.visible("[data-test=record-status]").getText()).isEqualTo("审查中");

        portal.click("[data-test=action-decision]");
        portal.visible(".action-dialog");
        portal.click("[data-test=action-dialog-submit]");
        portal.wait.until(ExpectedConditions.textToBe(STATUS, "给予法律援助"));

        portal.clickButton("查看援助案件");
        portal.wait.until(ExpectedConditions.urlMatches(CASE_URL.pattern()));
        Matcher url = CASE_URL.matcher(portal.browser.getCurrentUrl());
        assertThat(url.find()).isTrue();
        String caseId = url.group(1);
        portal.wait.until(ExpectedConditions.textToBe(STATUS, "待指派"));
        String deadlines = portal.visible(".record-detail__deadlines").getText();
        String due = api.get("/api/legal-aid/v1/cases/" + caseId).json().get("deadlines").get(0).get("dueDate").asString();
        assertThat(deadlines).contains(due, "法律援助法第四十三条");

        portal.click("[data-test=action-assign]");
        portal.visible(".action-dialog");
        portal.chooseByName("法律援助人员", provider);
        portal.visible("[data-test=conflict-findings]");
        assertThat(portal.visible("[data-test=conflict-check]").getText()).contains(opponent);
        portal.click("[data-test=action-dialog-submit]");
        // not confirmed: the form says so and nothing is sent
        portal.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-test=step-field-conflictCheck]"), "核实后勾选确认"));
        portal.click("[data-test=conflict-confirm]");
        portal.type("textarea[data-test=conflict-note]", "同名不同人,已核实身份");
        portal.screenshot("legal-aid-assign-conflict");
        portal.click("[data-test=action-dialog-submit]");
        portal.wait.until(ExpectedConditions.textToBe(STATUS, "已指派"));
        assertThat(portal.visible("[data-test=registry-fields]").getText()).contains(provider, "同名不同人,已核实身份");
        portal.screenshot("legal-aid-case-assigned");

        for (String[] list : new String[][] {{"法律援助人员", "providers"}, {"值班律师", "duty-lawyer-services"}, {"法律咨询", "consultations"}}) {
            portal.openFromMenu("法律援助", list[0]);
            String text = portal.loadedList("[data-test=registry-" + list[1] + "]");
            assertThat(text).as(list[0]).doesNotContain("页面不存在", "无权访问", "暂无记录");
            assertThat(portal.browser.findElements(By.cssSelector("[data-test=registry-" + list[1] + "] [data-test=registry-create]"))).isNotEmpty();
        }
        portal.screenshot("legal-aid-consultations");

        // 办案补贴标准: a county's clerk reads the order of precedence (湖南's rows over the platform defaults) but sets nothing.
        portal.openFromMenu("法律援助", "办案补贴标准");
        portal.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=registry-subsidy-standards]"), "本省·本类别"));
        String standards = portal.loadedList("[data-test=registry-subsidy-standards]");
        assertThat(standards).contains("湖南省", "平台默认", "适用于:民事", "本省·本类别 > 本省·不分类别");
        assertThat(portal.browser.findElements(By.cssSelector("[data-test=registry-subsidy-standards] [data-test=registry-create]"))).isEmpty();
        portal.screenshot("legal-aid-subsidy-standards");
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
