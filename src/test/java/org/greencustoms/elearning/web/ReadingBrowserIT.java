package org.greencustoms.elearning.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.greencustoms.elearning.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
        chromium.clickToLoad(By.id("signInToRead"));

        assertThat(browser.getCurrentUrl()).contains("login.xhtml");
        browser.findElement(By.id("signIn:username")).sendKeys("trainer");
        browser.findElement(By.id("signIn:password")).sendKeys("green-customs");
        chromium.clickToLoad(By.id("signIn:submit"));

        assertThat(browser.getCurrentUrl()).contains("/learn/unit.xhtml").contains("module=cites-wildlife");
        // The test server's data outlive a run: open the first unit explicitly, whatever was done before.
        chromium.clickToLoad(By.cssSelector(".toc__item a"));
        String firstTitle = chromium.visible(".reader__unit h1").getText();
        assertThat(browser.findElements(By.cssSelector(".unit-body p"))).isNotEmpty();
        chromium.screenshot("unit-reader");

        chromium.clickToLoad(By.id("unitForm:markDone"));

        assertThat(chromium.visible(".reader__unit h1").getText()).isNotEqualTo(firstTitle);
        assertThat(browser.findElement(By.cssSelector(".toc__item.is-done")).getText()).contains(firstTitle);

        chromium.clickToLoad(By.linkText("My learning"));
        chromium.visible(".progress-card");
        // The demo trainer may have other modules in progress (other tests use the account): find this one's card.
        WebElement card = browser.findElements(By.cssSelector(".progress-card")).stream()
                .filter(c -> c.getText().contains("CITES")).findFirst().orElseThrow();
        assertThat(card.getText()).contains("units done", "Continue");
        chromium.screenshot("my-learning");
    }
}
