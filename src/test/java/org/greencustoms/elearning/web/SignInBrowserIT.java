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
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** A demo learner signs in (after one typo) and out again, in real headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9081");

    @RegisterExtension
    final Browser chromium = new Browser(1280, 900);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar("sign-in-browser-it");
    }

    @Test
    void learnerSignsInAndOut() {
        WebDriver browser = chromium.driver();
        browser.get(BASE + "/?lang=en");
        chromium.clickToLoad(By.linkText("Sign in"));
        chromium.visible("#signIn\\:username");

        signIn(browser, "learner", "not-the-password");
        assertThat(chromium.visible(".ui-messages-error").getText()).contains("Sign-in failed");
        String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();

        signIn(browser, "learner", "green-customs");
        assertThat(chromium.visible(".account__name").getText()).isEqualTo("learner");
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(sessionBefore);
        chromium.screenshot("signed-in");

        chromium.clickToLoad(By.id("sign-out"));
        chromium.visible(".account__sign-in");
        assertThat(browser.findElements(By.cssSelector(".account__name"))).isEmpty();
        assertThat(browser.findElement(By.linkText("Sign in")).isDisplayed()).isTrue();
    }

    /**
     * PrimeFaces' pages under the Content-Security-Policy: their widgets start (the scripts carry the nonce), and
     * Chromium reports no violation on the console.
     */
    @Test
    void primeFacesPagesWorkUnderTheContentSecurityPolicy() {
        WebDriver browser = chromium.driver();
        browser.get(BASE + "/login.xhtml?lang=en");
        signIn(browser, "admin", "green-customs");
        chromium.visible(".account__name");
        List<String> pages = List.of("/index.xhtml", "/author/index.xhtml", "/trainer/indicators.xhtml",
                "/admin/accounts.xhtml", "/admin/administrations.xhtml", "/admin/audit.xhtml", "/login.xhtml");
        for (String page : pages) {
            browser.get(BASE + page + "?lang=en");
            chromium.visible("main");
            assertThat(chromium.console()).as("console of %s", page)
                    .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
        }
        for (String page : List.of("/author/index.xhtml", "/trainer/indicators.xhtml")) {
            browser.get(BASE + page + "?lang=en");
            chromium.visible("main");
            assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                    "return window.PrimeFaces ? Object.keys(PrimeFaces.widgets).length : -1")).intValue())
                    .as("PrimeFaces widgets started on %s", page).isPositive();
        }
        chromium.screenshot("csp-indicators");
        assertThat(chromium.console()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
    }

    private void signIn(WebDriver browser, String username, String password) {
        browser.findElement(By.id("signIn:username")).clear();
        browser.findElement(By.id("signIn:username")).sendKeys(username);
        browser.findElement(By.id("signIn:password")).sendKeys(password);
        chromium.clickToLoad(By.id("signIn:submit"));
    }
}
