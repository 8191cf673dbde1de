package org.greencustoms.elearning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.greencustoms.elearning.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Page weight of the home page as a browser on a slow connection pays it: bytes on the wire (compressed, with
 * headers) on a first visit with an empty cache, and on a repeat visit. Budgets: 400 KB and 40 KB.
 * The figures are written to target/page-weight.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageWeightBrowserIT {

    private static final Logger LOG = Logger.getLogger(PageWeightBrowserIT.class.getName());
    private static final String HOME = "http://localhost:" + System.getProperty("it.http.port", "9081") + "/";
    private static final String TRANSFERRED = """
            const navigation = performance.getEntriesByType('navigation')[0];
            return performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize,
                navigation.transferSize);""";

    @RegisterExtension
    final Browser chromium = new Browser(1280, 1000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar("page-weight-it");
    }

    @Test
    void homePageStaysWithinItsBudget() throws IOException {
        WebDriver browser = chromium.driver();
        browser.get(HOME);
        long first = transferred();
        browser.get(HOME);
        long repeat = transferred();

        String report = "Home page, bytes transferred: first visit %d (%.1f KB), repeat visit %d (%.1f KB)%n"
                .formatted(first, first / 1024.0, repeat, repeat / 1024.0);
        LOG.info(report);
        Files.writeString(Path.of("target", "page-weight.txt"), report);
        assertThat(first).as("first visit, bytes").isPositive().isLessThanOrEqualTo(400 * 1024);
        assertThat(repeat).as("repeat visit, bytes").isPositive().isLessThanOrEqualTo(40 * 1024);
    }

    private long transferred() {
        return ((Number) ((JavascriptExecutor) chromium.driver()).executeScript(TRANSFERRED)).longValue();
    }
}
