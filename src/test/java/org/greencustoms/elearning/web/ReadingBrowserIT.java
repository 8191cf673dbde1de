package org.greencustoms.elearning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.greencustoms.elearning.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A learner opens a module, is asked to sign in, reads the first unit, marks it done and moves on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadingBrowserIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9081");

    @RegisterExtension
    final Browser chromium = new Browser(1280, 1000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar("reading-browser-it");
    }

    @Test
    void learnerReadsTheFirstUnitAndMarksItDone() {
        WebDriver browser = chromium.driver();
        browser.get(BASE + "/module.xhtml?id=cites-wildlife&lang=en");
        browser.findElement(By.id("signInToRead")).click();

        assertThat(browser.getCurrentUrl()).contains("login.xhtml");
        browser.findElement(By.id("signIn:username")).sendKeys("trainer");
        browser.findElement(By.id("signIn:password")).sendKeys("green-customs");
        browser.findElement(By.id("signIn:submit")).click();

        assertThat(browser.getCurrentUrl()).contains("/learn/unit.xhtml").contains("module=cites-wildlife");
        // The test server's data outlive a run: open the first unit explicitly, whatever was done before.
        browser.findElement(By.cssSelector(".toc__item a")).click();
        String firstTitle = visible(browser, ".reader__unit h1").getText();
        assertThat(browser.findElements(By.cssSelector(".unit-body p"))).isNotEmpty();
        chromium.screenshot("unit-reader");

        browser.findElement(By.id("unitForm:markDone")).click();

        assertThat(visible(browser, ".reader__unit h1").getText()).isNotEqualTo(firstTitle);
        assertThat(browser.findElement(By.cssSelector(".toc__item.is-done")).getText()).contains(firstTitle);

        browser.findElement(By.linkText("My learning")).click();
        WebElement card = visible(browser, ".progress-card");
        assertThat(card.getText()).contains("CITES", "units done", "Continue");
        chromium.screenshot("my-learning");
    }

    private WebElement visible(WebDriver browser, String css) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            chromium.screenshot("reading-failed");
            throw new AssertionError("No " + css + " on " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }
}
