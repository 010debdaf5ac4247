package cn.sifa.gateway.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly: Selenium's own driver
 * manager would try to download a browser, which this network does not allow. Where Chromium is not installed the
 * browser tests are skipped with a message, unless {@code SIFA_REQUIRE_BROWSER=true} (CI), where that fails them.
 */
final class Chromium {

    static final Path BINARY = Path.of(System.getProperty("sifa.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("sifa.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Skips (or, when the browser is required, fails) the calling test class if Chromium is missing. */
    static void requireInstalled() {
        require(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                BINARY + " and " + DRIVER + " (Debian: apt-get install -y chromium chromium-driver)");
    }

    /** Skips the browser tests when {@code present} is false, or fails them under SIFA_REQUIRE_BROWSER=true. */
    static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String message = "Browser tests need " + what;
        if (Boolean.parseBoolean(System.getenv("SIFA_REQUIRE_BROWSER"))) {
            fail(message + "; SIFA_REQUIRE_BROWSER=true makes this an error");
        }
        Assumptions.abort(message + "; skipped");
    }

    /** A fresh browser at the portal's design size (1366×768): no cookies, no cache. */
    static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1366,768",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
