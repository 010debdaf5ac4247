package cn.sifa.gateway.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.ClassPathResource;

/**
 * One Chromium on the portal (Chromium.start, 1366×768) and the moves a browser test makes with it: open a path, log
 * in, open a menu entry, wait for an element, type, pick from a select of the step dialog, read a loaded record list,
 * take a screenshot. For new browser tests; the older ones still carry their own copies of these helpers.
 */
final class PortalSession implements AutoCloseable {

    static final String DEMO_PASSWORD = "Sifa@2026demo";

    final ChromeDriver browser;
    final WebDriverWait wait;
    private final int port;

    /** Skips the calling test class without Chromium or without the built portal (target/classes/static). */
    static void requireChromiumAndBuiltPortal() {
        Chromium.requireInstalled();
        Chromium.require(new ClassPathResource("static/index.html").exists(),
                "the built portal (target/classes/static/index.html; the Maven build makes it unless -Dskip.portal=true)");
    }

    PortalSession(int port, Duration timeout) {
        this.port = port;
        this.browser = Chromium.start();
        this.wait = new WebDriverWait(browser, timeout);
        // Element Plus re-renders while a condition is polled: a stale element means "look again".
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @Override
    public void close() {
        browser.quit();
    }

    void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    void logIn(String username) {
        open("/login");
        type("#login-username", username);
        type("#login-password", DEMO_PASSWORD);
        click("[data-test=login-submit]");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        visible("[data-test=user-menu]");
    }

    /** Opens the menu group (if closed) and clicks its entry of that title. */
    void openFromMenu(String group, String title) {
        WebElement menu = visible("[data-test=main-menu]");
        By entry = By.xpath(".//li[contains(@class,'el-menu-item')][normalize-space(.)='" + title + "']");
        if (menu.findElements(entry).stream().noneMatch(WebElement::isDisplayed)) {
            menu.findElement(By.xpath(".//div[contains(@class,'el-sub-menu__title')][contains(normalize-space(.),'" + group + "')]")).click();
            wait.until(d -> menu.findElements(entry).stream().anyMatch(WebElement::isDisplayed));
        }
        WebElement item = menu.findElements(entry).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    }

    /** The text of a record list once its answer has arrived (no loading mask, no error, its "共 N 条" shown). */
    String loadedList(String css) {
        By page = By.cssSelector(css);
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement p = d.findElement(page);
            boolean loading = p.findElements(By.cssSelector(".el-loading-mask")).stream().anyMatch(WebElement::isDisplayed);
            return loading || !p.findElements(By.cssSelector(".el-alert--error")).isEmpty() || !p.getText().contains("共") ? null : p.getText();
        });
    }

    private static String dialogItem(String label) {
        return "//div[contains(@class,'action-dialog')]//div[contains(@class,'el-form-item')][.//label[normalize-space()='" + label + "']]";
    }

    /** Opens the select of the dialog's form item with that label and picks its first option. */
    void chooseFirst(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(dialogItem(label) + "//div[contains(@class,'el-select__wrapper')]"))).click();
        clickOption(wait, option -> true);
    }

    /**
     * Clicks the first shown option of the open select that {@code which} accepts. The dropdown opens with a short
     * animation and re-renders as options arrive, so a click can land on a neighbouring option or on a replaced
     * element; it is tried again until the option itself takes it.
     */
    static void clickOption(WebDriverWait wait, Predicate<WebElement> which) {
        wait.until(d -> {
            try {
                WebElement option = d.findElements(By.cssSelector(".el-select-dropdown__item")).stream()
                        .filter(o -> o.isDisplayed() && which.test(o)).findFirst().orElse(null);
                if (option == null) {
                    return false;
                }
                option.click();
                return true;
            } catch (ElementClickInterceptedException | StaleElementReferenceException notYet) {
                return false;
            }
        });
    }

    /**
     * Opens the select of that label and picks the option of exactly that name among those it lists first (a roster's
     * select lists its first 50 by name; the options re-render as the answer arrives, so they are read afresh).
     */
    void chooseByName(String label, String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(dialogItem(label) + "//div[contains(@class,'el-select__wrapper')]"))).click();
        clickOption(wait, o -> o.getText().trim().equals(name));
    }

    /**
     * Types into the filterable select of that label (a remote search, e.g. a case by its number) and picks the option
     * of exactly that text once the answer lists it.
     */
    void searchAndChoose(String label, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(dialogItem(label) + "//div[contains(@class,'el-select__wrapper')]"))).click();
        browser.findElement(By.xpath(dialogItem(label) + "//input")).sendKeys(text);
        clickOption(wait, o -> o.getText().trim().equals(text));
    }

    /** Types into the input (or textarea) of the dialog's form item with that label, then leaves it (an input-number takes its value on change). */
    void typeInDialog(String label, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("(" + dialogItem(label) + "//*[self::input or self::textarea])[1]")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
        input.sendKeys(Keys.TAB);
    }

    void clickButton(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='" + text + "']"))).click();
    }

    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void click(String css) {
        clickWhenUncovered(wait, By.cssSelector(css));
    }

    /**
     * Clicks the element once it is clickable and nothing lies over it. After each step the portal shows a success
     * message at the top of the page for a few seconds, over the record's action buttons; a click that lands on it is
     * tried again until the message has gone.
     */
    static void clickWhenUncovered(WebDriverWait wait, By element) {
        wait.until(d -> {
            WebElement target = ExpectedConditions.elementToBeClickable(element).apply(d);
            if (target == null) {
                return false;
            }
            try {
                target.click();
                return true;
            } catch (ElementClickInterceptedException | StaleElementReferenceException notYet) {
                return false;
            }
        });
    }

    void type(String css, String text) {
        WebElement input = visible(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }

    /** With SIFA_SCREENSHOTS=<dir>, saves what the browser shows (for checking the layout at 1366×768). */
    void screenshot(String name) {
        String dir = System.getenv("SIFA_SCREENSHOTS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(dir, name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
