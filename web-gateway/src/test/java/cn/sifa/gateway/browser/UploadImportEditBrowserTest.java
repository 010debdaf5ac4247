package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.enforcement.action.ActionImports;
import cn.sifa.gateway.SifaApplication;

/**
 * Issue 14, "an upload and an Excel import through the UI", and editing a case: an attachment uploaded on a
 * mediation case lists on it; an enforcement Excel file imported on 执法数据导入 runs to the end with its counts; a
 * case's summary corrected through 编辑 shows in its timeline as 修改登记信息.
 */
@SifaIntegrationTest(classes = SifaApplication.class,
        properties = {"sifa.embedded-postgres.enabled=false", "spring.profiles.active=demo"})
class UploadImportEditBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    PortalPages portal;
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
        portal = new PortalPages(browser, port);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
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
    void anAttachmentUploadedOnACaseListsOnIt() throws Exception {
        portal.logIn("mediation");
        openFirstCase("REGISTERED");
        Path file = Files.createTempFile("调解笔录", ".txt");
        Files.writeString(file, "调解笔录(浏览器测试)");
        WebElement input = wait.until(d -> d.findElements(By.cssSelector(".attachment-list input[type=file]")).stream().findFirst().orElse(null));
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".attachment-list .el-table"), file.getFileName().toString()));
    }

    @Test
    void aCaseCorrectedThroughEditShowsTheChangeInItsTimeline() {
        portal.logIn("mediation");
        openFirstCase("REGISTERED");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=case-edit]"))).click();
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea[data-test=edit-summary]")));
        String text = "更正:双方因排水沟堵塞发生争执(浏览器测试 " + System.nanoTime() % 10000 + ")";
        summary.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
        summary.sendKeys(text);
        List<WebElement> submit = browser.findElements(By.cssSelector("[data-test=action-dialog-submit]"));
        submit.stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=case-fields]"), text));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".transition-timeline"), "修改登记信息"));
        assertThat(browser.findElement(By.cssSelector(".transition-timeline")).getText()).contains("修改:纠纷简要情况");
    }

    @Test
    void anExcelFileImportedOnTheImportPageRunsToTheEnd() throws Exception {
        portal.logIn("enforcement");
        browser.get("http://127.0.0.1:" + port + "/enforcement/actions/import");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=agency-select]"))).click();
        PortalSession.clickOption(wait, option -> true);
        Path file = Files.createTempFile("执法数据", ".xlsx");
        Files.write(file, workbook(3));
        WebElement input = wait.until(d -> d.findElements(By.cssSelector("input.el-upload__input")).stream().findFirst().orElse(null));
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=start-import]"))).click();
        WebElement job = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=import-job]")));
        wait.until(d -> job.getText().contains("已完成"));
        assertThat(job.getText()).contains("共 3 行", "已处理 3 行", "被拒 0");
    }

    /** Opens the first case of a status from the list's API answer, as a click on its row would. */
    private void openFirstCase(String status) {
        browser.get("http://127.0.0.1:" + port + "/mediation/cases");
        Object id = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/mediation/v1/cases?size=1&status=' + arguments[0]).then(r => r.json()).then(b => done(b.content[0].id));""",
                status);
        browser.get("http://127.0.0.1:" + port + "/mediation/cases/" + id);
        portal.assertLivePage("case " + id);
    }

    private static byte[] workbook(int rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("执法数据");
        List<String> headers = ActionImports.COLUMNS;
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
        }
        String run = Long.toString(System.nanoTime() % 100000);
        for (int r = 1; r <= rows; r++) {
            ws.value(r, 0, "UI-" + run + "-" + r);
            ws.value(r, 1, "LICENSING");
            ws.value(r, 2, LocalDate.now().minusDays(3));
            ws.style(r, 2).format("yyyy-mm-dd").set();
            ws.value(r, 3, "浏览器测试公司" + r);
            ws.value(r, 7, "否");
            ws.value(r, 10, "是");
        }
        wb.finish();
        return out.toByteArray();
    }
}
