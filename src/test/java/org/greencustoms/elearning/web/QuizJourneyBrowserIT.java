package org.greencustoms.elearning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.greencustoms.elearning.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learner's whole journey on the test module quiz-journey (every question type): sign in, read the units, start
 * the quiz, answer, reload mid-quiz and find the answers still there, submit, pass, download the certificate and
 * see the public verification page confirm its code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizJourneyBrowserIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9081");
    private static final String MODULE = "quiz-journey";

    @RegisterExtension
    final Browser chromium = new Browser(1280, 1000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar("quiz-journey-browser-it");
    }

    @Test
    void learnerReadsTakesTheQuizPassesAndGetsAVerifiableCertificate() {
        WebDriver browser = chromium.driver();
        browser.get(BASE + "/login.xhtml?lang=en&next=/learn/unit.xhtml?module=" + MODULE + "%26unit=used-or-waste");
        chromium.visible("#signIn\\:username").sendKeys("learner");
        browser.findElement(By.id("signIn:password")).sendKeys("green-customs");
        chromium.clickToLoad(By.id("signIn:submit"));

        assertThat(chromium.visible(".reader__unit h1").getText()).isEqualTo("Used electronics or e-waste?");
        chromium.clickToLoad(By.id("unitForm:markDone"));
        assertThat(chromium.visible(".reader__unit h1").getText()).isEqualTo("After the check");
        chromium.clickToLoad(By.id("unitForm:markDone"));

        chromium.clickToLoad(By.id("takeQuiz"));
        chromium.clickToLoad(By.id("startForm:start"));
        chromium.visible("#quiz");
        assertThat(browser.findElements(By.cssSelector(".question"))).hasSize(8);

        choose("q-a1181", "A1181");
        choose("q-pic-documents", "The movement document", "A copy of the notification",
                "A copy of the written consent");
        type("q-movement-document", "Movement document");
        awaitSaved();
        chromium.screenshot("quiz-attempt");

        browser.navigate().refresh();
        chromium.visible("#quiz");
        assertThat(checkedLabels("q-a1181")).containsExactly("A1181");
        assertThat(checkedLabels("q-pic-documents")).containsExactlyInAnyOrder("The movement document",
                "A copy of the notification", "A copy of the written consent");
        assertThat(question("q-movement-document").findElement(By.cssSelector("input")).getAttribute("value"))
                .isEqualTo("Movement document");

        choose("q-protective-packaging", "True");
        match("q-entries-annexes", Map.of("p1", "Annex VIII (List A)", "p2", "Annex II", "p3", "Annex IX (List B)"));
        type("q-amendment-year", "2025");
        order("q-pic-order", List.of("notify", "consent", "move", "confirm"));
        choose("q-inspect-monitors", "Detain", "Untested monitors sold by weight",
                "No notification or consent attached", "Loose, cracked, cables cut");
        awaitSaved();
        assertThat(browser.findElement(By.id("answered")).getText()).isEqualTo("8 of 8 answered");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                question("q-inspect-monitors"));
        chromium.screenshot("quiz-inspection");

        browser.findElement(By.id("submit-attempt")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/learn/result.xhtml"));

        assertThat(chromium.visible("#score").getText()).isEqualTo("100%");
        assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("Passed");
        assertThat(browser.findElements(By.cssSelector(".review--right"))).hasSize(8);
        assertThat(browser.findElement(By.id("review-q-inspect-monitors")).getText())
                .contains("Right: hold the container and call the Basel Competent Authority.");
        chromium.screenshot("quiz-result");

        String certificate = chromium.visible("#certificate").getAttribute("href");
        String code = certificate.substring(certificate.indexOf("code=") + "code=".length());
        assertThat(code).matches("GC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({
                    type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition'),
                    start: String.fromCharCode(...new Uint8Array(b.slice(0, 5))), size: b.byteLength})));
                """, certificate);
        assertThat(pdf).containsEntry("type", "application/pdf").containsEntry("start", "%PDF-");
        assertThat((String) pdf.get("disposition")).contains("attachment", code);

        browser.get(BASE + "/verify/" + code + "?lang=en");
        assertThat(chromium.visible("#verdict").getText()).contains("genuine");
        assertThat(browser.findElement(By.id("code")).getText()).isEqualTo(code);
        assertThat(browser.findElement(By.cssSelector(".verify")).getText()).contains("Quiz journey")
                .doesNotContain("learner@", "Attempt");
        chromium.screenshot("certificate-verified");

        browser.get(BASE + "/verify/GC-0000-0000-0000?lang=en");
        assertThat(chromium.visible("#verdict").getText()).contains("No certificate has this code");
    }

    private WebElement question(String key) {
        return chromium.driver().findElement(By.id("question-" + key));
    }

    private void choose(String key, String... labels) {
        for (String label : labels) {
            click(question(key).findElement(By.xpath(".//label[normalize-space(.)='" + label + "']")));
        }
    }

    /** Clicks as a learner would: with the element scrolled to the middle, clear of the sticky quiz bar. */
    private void click(WebElement element) {
        ((JavascriptExecutor) chromium.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                element);
        element.click();
    }

    private void type(String key, String text) {
        question(key).findElement(By.cssSelector("input")).sendKeys(text);
    }

    private void match(String key, Map<String, String> rightByLeft) {
        rightByLeft.forEach((left, right) -> new Select(question(key)
                .findElement(By.cssSelector("select[data-left='" + left + "']"))).selectByVisibleText(right));
    }

    /** Moves each item up until it stands at its place. */
    private void order(String key, List<String> ids) {
        for (int place = 0; place < ids.size(); place++) {
            while (true) {
                List<WebElement> items = question(key).findElements(By.cssSelector(".ordering__item"));
                int at = items.stream().map(item -> item.getAttribute("data-id")).toList().indexOf(ids.get(place));
                if (at <= place) {
                    break;
                }
                click(items.get(at).findElement(By.cssSelector("[data-move='-1']")));
            }
        }
    }

    private List<String> checkedLabels(String key) {
        return question(key).findElements(By.cssSelector("label")).stream()
                .filter(label -> label.findElement(By.cssSelector("input")).isSelected())
                .map(WebElement::getText).toList();
    }

    private void awaitSaved() {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textMatches(By.id("save-status"), java.util.regex.Pattern.compile("Saved at .+")));
    }
}
