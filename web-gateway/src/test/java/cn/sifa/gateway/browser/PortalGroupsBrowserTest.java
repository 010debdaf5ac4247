package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import cn.sifa.core.deadline.DeadlineRules;
import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.OrganizationRequest;
import cn.sifa.core.organization.OrganizationService;
import cn.sifa.core.organization.OrganizationType;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestClock;
import cn.sifa.gateway.SifaApplication;
import cn.sifa.gateway.staff.StaffAccounts;

/**
 * Issue 14, "one create-and-step path in each new page group", at 1366×768 (demo profile): a 矛盾纠纷排查 registered
 * through the register's form is turned into a case through its 转为调解案件 step, the new case opens, and a 专家咨询
 * request is placed on a case in mediation; a province's 系统管理员 sets the province's 重大行政处罚备案 period on 期限规则, sees it
 * listed, finds the change in 操作日志 and its own sign-in in 登录日志, then restores the national default; the demo
 * county admin reads the province's rules without buttons and finds its sign-in; on the mediation case list the due
 * tag (DeadlineBadge) fits its cell.
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class PortalGroupsBrowserTest {

    static final String UUID_PATH = "[0-9a-f-]{36}$";
    /**
     * Only an admin whose scope holds the province may set its rules (DeadlineRuleController): the demo `admin` is of
     * 开福区, so the test adds an admin of 湖南省 (its 司法厅) for itself.
     */
    static final String PROVINCE_ADMIN = "hunan-admin";
    static final String PROVINCE = "430000";
    /** 重大行政处罚备案: "no national rule; provincial rules govern ... Keep the deadline configurable" (STATUTES.md §7). */
    static final String RULE = "ENF_PENALTY_FILING";

    @LocalServerPort
    int port;

    /** The fixed test clock, when the context has one: the portal takes "today" from the browser's own clock. */
    @Autowired(required = false)
    TestClock clock;

    @Autowired
    OrganizationService organizations;

    @Autowired
    StaffAccounts staff;

    @Autowired
    DeadlineRules deadlineRules;

    PortalSession portal;
    PortalPages pages;

    @BeforeAll
    static void needsChromiumAndTheBuiltPortal() {
        PortalSession.requireChromiumAndBuiltPortal();
    }

    @BeforeEach
    void openBrowser() {
        Optional.ofNullable(clock).ifPresent(c -> c.setToday(LocalDate.now()));
        portal = new PortalSession(port, Duration.ofSeconds(30));
        pages = new PortalPages(portal.browser, port);
    }

    @AfterEach
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
        // the province setting is shared by every later test of this context: never leave it behind
        CurrentCaller.runAsSystem(() -> {
            try {
                deadlineRules.removeProvinceOverride(RULE, PROVINCE);
            } catch (NotFoundException restoredByTheTest) {
                // the test restored the default itself
            }
        });
    }

    @Test
    void aScreeningRegisteredInThePortalBecomesACaseThroughItsStepAndGetsAnExpertRequest() {
        String summary = "浏览器测试:两户因共用楼道堆放杂物发生争执" + UUID.randomUUID().toString().substring(0, 6);
        portal.logIn("mediation");

        portal.openFromMenu("人民调解", "矛盾纠纷排查");
        portal.loadedList("[data-test=registry-screenings]");
        portal.click("[data-test=registry-create]");
        portal.visible(".action-dialog");
        portal.type("[data-test=step-field-summary] textarea", summary);
        portal.type("[data-test=step-field-place] input", "开福区某小区3栋");
        portal.chooseFirst("纠纷类型");
        portal.chooseFirst("风险等级");
        portal.type("[data-test=step-field-applicantName] input", "浏览器甲");
        portal.type("[data-test=step-field-respondentName] input", "浏览器乙");
        portal.chooseFirst("调委会");
        portal.screenshot("mediation-screening-form");
        portal.click("[data-test=action-dialog-submit]");

        portal.wait.until(ExpectedConditions.urlMatches("/mediation/screenings/" + UUID_PATH));
        portal.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=registry-fields]"), summary));
        String before = portal.visible("[data-test=record-status]").getText();
        assertThat(before).isNotBlank();
        assertThat(offeredSteps()).contains("转为调解案件", "当场化解");

        portal.click("[data-test=action-convert]");
        portal.visible(".action-dialog");
        portal.click("[data-test=action-dialog-submit]");
        portal.wait.until(d -> !d.findElement(By.cssSelector("[data-test=record-status]")).getText().equals(before));
        assertThat(offeredSteps()).doesNotContain("转为调解案件");
        portal.screenshot("mediation-screening-converted");

        // the new case is reachable from the screening and carries its summary and parties
        portal.clickButton("查看调解案件");
        portal.wait.until(ExpectedConditions.urlMatches("/mediation/cases/" + UUID_PATH));
        pages.assertLivePage("the case made from the screening");
        portal.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=case-fields]"), summary));
        assertThat(portal.visible("[data-test=case-parties]").getText()).contains("浏览器甲", "浏览器乙");
        assertThat(portal.visible("[data-test=record-status]").getText()).isEqualTo("已登记");

        // 专家咨询: a request placed on a case in mediation (a case only registered takes none yet) lists under the case
        Map<String, Object> mediating = firstCase("MEDIATING");
        String caseId = String.valueOf(mediating.get("id"));
        String caseNo = String.valueOf(mediating.get("caseNo"));
        portal.openFromMenu("人民调解", "专家咨询");
        portal.loadedList("[data-test=registry-expert-requests]");
        portal.click("[data-test=registry-create]");
        portal.visible(".action-dialog");
        portal.searchAndChoose("调解案件", caseNo);
        portal.chooseFirst("专业领域");
        portal.type("[data-test=step-field-note] textarea", "请专家就楼道公共区域使用的规定提供意见");
        portal.screenshot("mediation-expert-request-form");
        portal.click("[data-test=action-dialog-submit]");
        portal.wait.until(ExpectedConditions.urlMatches("/mediation/expert-requests/" + UUID_PATH));
        portal.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=registry-fields]"), "楼道公共区域"));
        assertThat(portal.visible("[data-test=record-status]").getText()).isNotBlank();
        assertThat(offeredSteps()).contains("专家接单");
        portal.clickButton("查看调解案件");
        portal.wait.until(ExpectedConditions.urlMatches("/mediation/cases/" + caseId + "$"));
        portal.click("[data-test=case-expert-requests]");
        assertThat(portal.loadedList("[data-test=registry-expert-requests]")).contains("楼道公共区域");
    }

    @Test
    void aProvinceAdminSetsTheProvincesPeriodAndFindsTheChangeAndItsSignInInTheLogs() {
        ensureProvinceAdmin();
        String basis = "湖南省重大行政处罚备案规定:作出决定之日起20日内报送备案(浏览器测试 " + UUID.randomUUID().toString().substring(0, 4) + ")";
        portal.logIn(PROVINCE_ADMIN);

        portal.openFromMenu("系统管理", "期限规则");
        pages.assertLivePage("期限规则");
        assertThat(portal.browser.findElements(By.cssSelector("[data-test=rules-read-only]"))).isEmpty();
        WebElement edit = portal.visible("[data-test=rule-edit-" + RULE + "]");
        assertThat(edit.getText()).isEqualTo("设置本省");
        ((JavascriptExecutor) portal.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", edit);
        portal.click("[data-test=rule-edit-" + RULE + "]");
        portal.visible(".action-dialog");
        portal.typeInDialog("期限", "20");
        portal.typeInDialog("依据", basis);
        portal.screenshot("admin-deadline-rule-form");
        portal.click("[data-test=action-dialog-submit]");
        portal.wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=rule-province-" + RULE + "]"), "20 日"));
        assertThat(portal.visible("[data-test=rule-edit-" + RULE + "]").getText()).isEqualTo("修改");

        // 操作日志: the change, by whom, with its basis
        portal.openFromMenu("系统管理", "操作日志");
        portal.type("input[placeholder='如 accept']", "deadline-rule.override");
        portal.visible("input[placeholder='如 accept']").sendKeys(Keys.ENTER);
        portal.wait.until(ExpectedConditions.urlContains("action="));
        String audit = portal.wait.until(d -> {
            String text = tableText("[data-test=admin-audit]");
            return text.contains(basis) ? text : null;
        });
        assertThat(audit).contains(PROVINCE_ADMIN, "deadline-rule.override", "20 日");

        // 登录日志: this admin's own sign-in
        portal.openFromMenu("系统管理", "登录日志");
        WebElement user = portal.visible("[data-test=admin-logins] input");
        user.sendKeys(PROVINCE_ADMIN, Keys.ENTER);
        portal.wait.until(ExpectedConditions.urlContains("clientId="));
        String logins = portal.wait.until(d -> {
            String text = tableText("[data-test=admin-logins]");
            return text.contains(PROVINCE_ADMIN) ? text : null;
        });
        assertThat(logins).contains("成功");

        // back to the national default, through the page
        portal.openFromMenu("系统管理", "期限规则");
        WebElement reset = portal.visible("[data-test=rule-reset-" + RULE + "]");
        ((JavascriptExecutor) portal.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", reset);
        portal.click("[data-test=rule-reset-" + RULE + "]");
        portal.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space(.)='确定']"))).click();
        portal.wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=rule-edit-" + RULE + "]"), "设置本省"));
        assertThat(portal.browser.findElements(By.cssSelector("[data-test=rule-province-" + RULE + "]"))).isEmpty();
    }

    @Test
    void theCountyAdminReadsTheProvincesRulesWithoutButtonsAndFindsItsSignIn() {
        portal.logIn("admin");
        portal.openFromMenu("系统管理", "期限规则");
        pages.assertLivePage("期限规则");
        portal.visible("[data-test=rules-read-only]");
        portal.wait.until(d -> tableText("[data-test=admin-deadline-rules]").contains("重大行政处罚备案"));
        assertThat(portal.browser.findElements(By.cssSelector("[data-test^=rule-edit-]"))).isEmpty();

        portal.openFromMenu("系统管理", "登录日志");
        pages.assertLivePage("登录日志");
        WebElement user = portal.visible("[data-test=admin-logins] input");
        user.sendKeys("admin", Keys.ENTER);
        portal.wait.until(ExpectedConditions.urlContains("clientId="));
        String logins = portal.wait.until(d -> {
            String text = tableText("[data-test=admin-logins]");
            return text.contains("admin") && text.contains("成功") ? text : null;
        });
        assertThat(logins).doesNotContain(PROVINCE_ADMIN);

        portal.openFromMenu("系统管理", "操作日志");
        pages.assertLivePage("操作日志");
        portal.loadedList("[data-test=admin-audit]");
    }

    @Test
    void theDueTagOfTheCaseListFitsItsCellAt1366() {
        portal.logIn("mediation");
        for (String tab : List.of("全部", "已逾期", "即将到期")) {
            portal.open("/mediation/cases");
            portal.loadedList(".case-list");
            WebElement tabItem = portal.visible("[data-test=case-tabs]").findElement(By.xpath(".//div[contains(@class,'el-tabs__item')][normalize-space(.)='" + tab + "']"));
            tabItem.click();
            portal.wait.until(d -> tabItem.getDomAttribute("class").contains("is-active"));
            portal.loadedList(".case-list");
            portal.screenshot("mediation-case-list-" + tab);
            List<Map<String, Object>> badges = dueTags();
            if (!tab.equals("即将到期")) {
                assertThat(badges).as(tab + ": the demo cases have due tags").isNotEmpty();
            }
            for (Map<String, Object> badge : badges) {
                assertThat(badge.get("inside")).as(tab + ": tag inside its cell " + badge).isEqualTo(true);
                assertThat(badge.get("cellOverflows")).as(tab + ": cell not overflowing " + badge).isEqualTo(false);
                assertThat(badge.get("tagOverflows")).as(tab + ": tag text not cut " + badge).isEqualTo(false);
            }
        }
    }

    /** Each due tag of the case list: its text, whether its box lies inside its table cell, and whether anything overflows. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> dueTags() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) portal.browser).executeScript("""
                return [...document.querySelectorAll('.case-list .el-table__body .deadline-badge')].map(tag => {
                  const cell = tag.closest('.cell'), td = tag.closest('td');
                  const t = tag.getBoundingClientRect(), c = td.getBoundingClientRect(), inner = cell.getBoundingClientRect();
                  return {
                    text: tag.textContent.trim(),
                    inside: t.left >= c.left - 0.5 && t.right <= c.right + 0.5 && t.top >= c.top - 0.5 && t.bottom <= c.bottom + 0.5
                      && t.right <= inner.right + 0.5,
                    cellOverflows: cell.scrollWidth > cell.clientWidth || cell.scrollHeight > cell.clientHeight,
                    tagOverflows: tag.scrollWidth > tag.clientWidth || tag.scrollHeight > tag.clientHeight,
                    tagWidth: t.width, cellWidth: c.width,
                  };
                });""");
    }

    /** The first case of a status, from the list's API answer in the browser's session (id and caseNo). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> firstCase(String status) {
        return (Map<String, Object>) ((JavascriptExecutor) portal.browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/mediation/v1/cases?size=1&status=' + arguments[0]).then(r => r.json())
                  .then(b => done({id: b.content[0].id, caseNo: b.content[0].caseNo}));""", status);
    }

    /** The steps the record's page offers (its action buttons). */
    private List<String> offeredSteps() {
        return portal.browser.findElements(By.cssSelector("[data-test^=action-]:not([data-test^=action-dialog])")).stream()
                .map(WebElement::getText).toList();
    }

    /** The whole text of a page's table, cut cells included (a cell with a tooltip shows an ellipsis). */
    private String tableText(String css) {
        return String.valueOf(((JavascriptExecutor) portal.browser).executeScript(
                "const t = document.querySelector(arguments[0] + ' .el-table__body'); return t ? t.textContent : ''", css));
    }

    /** An admin of 湖南省 (in its 司法厅, which the demo loads; made here when it is absent), made once per context. */
    private void ensureProvinceAdmin() {
        CurrentCaller.runAsSystem(() -> {
            OrganizationRef bureau = organizations.list(OrganizationType.BUREAU, PROVINCE, "湖南省司法厅", null, PageRequest.of(0, 10))
                    .stream().filter(o -> o.getDivisionCode().equals(PROVINCE)).findFirst()
                    .orElseGet(() -> organizations.create(new OrganizationRequest(PROVINCE, OrganizationType.BUREAU, "湖南省司法厅", "湘",
                            null, null, null, null, "湖南省长沙市芙蓉区韶山北路1号", true)))
                    .ref();
            staff.ensure(PROVINCE_ADMIN, "钱省管", bureau, Set.of(Role.SYSTEM_ADMIN), PortalSession.DEMO_PASSWORD);
        });
    }
}
