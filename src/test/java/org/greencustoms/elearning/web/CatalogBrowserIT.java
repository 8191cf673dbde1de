package org.greencustoms.elearning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

/** A visitor browses the catalogue and opens a module outline, in real headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogBrowserIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9081");

    @RegisterExtension
    final Browser chromium = new Browser(1280, 1000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar("catalog-browser-it");
    }

    @Test
    void visitorBrowsesTheCatalogueAndOpensAModuleOutline() {
        WebDriver browser = chromium.driver();
        browser.get(BASE + "/?lang=en");

        List<String> agreements = browser.findElements(By.cssSelector(".convention h2")).stream()
                .map(WebElement::getText).toList();
        assertThat(agreements).contains("Basel Convention", "Rotterdam Convention", "Stockholm Convention",
                "Montreal Protocol", "CITES", "Cartagena Protocol on Biosafety", "Chemical Weapons Convention",
                "Minamata Convention on Mercury");
        chromium.screenshot("catalogue");

        chromium.clickToLoad(By.cssSelector("#cites .module-card__title a"));

        assertThat(browser.getCurrentUrl()).contains("module.xhtml?id=cites-wildlife");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("CITES");
        assertThat(browser.findElements(By.cssSelector(".unit-list__item"))).hasSizeGreaterThanOrEqualTo(2);
        String quiz = browser.findElement(By.cssSelector(".quiz-summary")).getText();
        assertThat(quiz).contains("Questions", "Pass mark", "70%", "Attempts");
        chromium.screenshot("module-outline");

        chromium.clickToLoad(By.cssSelector(".breadcrumb a"));
        assertThat(browser.findElements(By.cssSelector(".module-card"))).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void outlineReadsWellOnAPhone() {
        WebDriver browser = chromium.driver();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(BASE + "/module.xhtml?id=basel-hazardous-wastes&lang=fr");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Bâle");
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow in pixels").isLessThanOrEqualTo(0L);
        chromium.screenshot("module-outline-phone");
    }
}
