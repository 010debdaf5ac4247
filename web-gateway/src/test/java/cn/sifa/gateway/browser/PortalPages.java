package cn.sifa.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A logged-in portal in Chromium: the menu as rendered, opening a page the way a click does, and what "live" means. */
final class PortalPages {

    static final String DEMO_PASSWORD = "Sifa@2026demo";

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final int port;

    PortalPages(ChromeDriver browser, int port) {
        this.browser = browser;
        this.port = port;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // Element Plus re-renders while a condition is polled: a stale element means "look again".
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    void logIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get("http://127.0.0.1:" + port + "/login");
        type("#login-username", username);
        type("#login-password", DEMO_PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=login-submit]"))).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=user-menu]")));
    }

    /** The menu entries the user sees, path → title, read from the rendered menu (every section's entries). */
    Map<String, String> menu() {
        WebElement menu = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=main-menu]")));
        Map<String, String> entries = new LinkedHashMap<>();
        for (WebElement item : menu.findElements(By.cssSelector("li.el-menu-item[data-path]"))) {
            String title = String.valueOf(((JavascriptExecutor) browser).executeScript("return arguments[0].textContent.trim()", item));
            entries.put(item.getDomAttribute("data-path"), title);
        }
        assertThat(entries).as("menu entries").isNotEmpty();
        return entries;
    }

    /** Clicks the menu entry of {@code path} (in a closed section too: the click is the menu item's own handler). */
    void openFromMenu(String path) {
        WebElement item = browser.findElement(By.cssSelector("[data-test=main-menu] li.el-menu-item[data-path='" + path + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", item);
        wait.until(d -> pathOf(d.getCurrentUrl()).equals(path));
    }

    /** Clicks the element (a link in a list) with a script, as the user's click would, and waits to leave {@code from}. */
    void follow(WebElement link, String from) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", link);
        wait.until(d -> !pathOf(d.getCurrentUrl()).equals(from));
    }

    /** The page has loaded and is live: not the 404/403 page, a title in the header, no error shown. @return the title */
    String assertLivePage(String what) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(".el-loading-mask"))
                .stream().noneMatch(WebElement::isDisplayed));
        String title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".layout__title"))).getText();
        List<WebElement> status = browser.findElements(By.cssSelector(".status-page"));
        String statusText = status.isEmpty() ? "" : status.get(0).getText();
        assertThat(statusText).as(what + " " + browser.getCurrentUrl()).doesNotContain("页面不存在", "无权访问", "记录不存在");
        assertThat(browser.getCurrentUrl()).as(what).doesNotEndWith("/403").doesNotEndWith("/404");
        assertThat(title).as(what + ": title").isNotBlank().doesNotContain("页面不存在", "无权访问");
        List<String> errors = browser.findElements(By.cssSelector(".el-alert--error")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
        assertThat(errors).as(what + " " + browser.getCurrentUrl() + ": error messages").isEmpty();
        Long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
        assertThat(width).as("1366×768 window").isLessThanOrEqualTo(1366L);
        return title;
    }

    static String pathOf(String url) {
        String rest = url.replaceFirst("^https?://[^/]+", "");
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }
}
