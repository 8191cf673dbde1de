package org.greencustoms.elearning.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, kept inside target/ (a new, empty profile for each
 * browser, so that no test sees another's cache or cookies; cache and crash dumps),
 * with the flags this machine's closed network needs. Paths can be overridden with -Dchromium.binary and
 * -Dchromedriver.binary.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

    private static final Path WORK = Path.of("target", "chromium");

    private final int width;
    private final int height;
    private WebDriver driver;

    /** A browser window of the given size, opened before and closed after each test. */
    public Browser(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** A browser window opened now, outside a JUnit test (the crash test's); {@link #quit()} closes it. */
    public static Browser open(int width, int height) {
        Browser browser = new Browser(width, height);
        browser.driver = start(width, height);
        return browser;
    }

    public void quit() {
        driver.quit();
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        driver = start(width, height);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    private static WebDriver start(int width, int height) {
        Path profile;
        try {
            Files.createDirectories(WORK.resolve("crashes"));
            profile = Files.createTempDirectory(Files.createDirectories(WORK), "profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String home = WORK.toAbsolutePath().toString();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home, "XDG_CONFIG_HOME", home + "/config",
                        "XDG_CACHE_HOME", home + "/cache"))
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=" + width + "," + height,
                        "--user-data-dir=" + profile.toAbsolutePath(),
                        "--crash-dumps-dir=" + WORK.resolve("crashes").toAbsolutePath());
        // The console, for the Content-Security-Policy violations Chromium reports there.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Waits (up to 20 s: a first request on a cold server is slow) for an element to be visible. On time-out, keeps
     * a screenshot and says which page the browser was on and what it showed.
     */
    public WebElement visible(String css) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            screenshot("failed-" + css.replaceAll("[^a-zA-Z0-9]+", "-"));
            throw new AssertionError("No " + css + " on " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    public void clickToLoad(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(browser -> isGone(page));
    }

    /**
     * Whether the element left the document. Chromium answers a node of an unloaded page either as stale or, while
     * the new page is being built, with an inspector error ("Node with given id does not belong to the document"),
     * which {@link ExpectedConditions#stalenessOf} lets escape.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** What the pages wrote to the console since the last call, such as "Refused to execute inline script...". */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Saves a screenshot under target/screenshots, for people to look at after a run. */
    public void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
