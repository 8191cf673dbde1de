package org.greencustoms.elearning.durability;

import java.time.Duration;
import org.greencustoms.elearning.web.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A learner on the quiz page in headless Chromium, watching the save bar while the database goes and comes back. */
final class SaveBar implements AutoCloseable {

    private final Browser chromium = Browser.open(1280, 900);
    private final WebDriver page = chromium.driver();

    /** Signs {@code learner} in through the sign-in page and opens their attempt. */
    SaveBar(String base, Learner learner) {
        page.get(base + "/login.xhtml?lang=en&next=/learn/attempt.xhtml?id=" + learner.attempt());
        chromium.visible("#signIn\\:username").sendKeys(learner.username);
        page.findElement(By.id("signIn:password")).sendKeys(learner.password);
        chromium.clickToLoad(By.id("signIn:submit"));
        chromium.visible("#question-" + Learner.QUESTION);
    }

    void type(String text) {
        WebElement input = page.findElement(By.cssSelector("#question-" + Learner.QUESTION + " input"));
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until the save bar is in {@code state} (saved, offline, ...); returns what it says. */
    String awaitState(String state, Duration atMost) {
        try {
            new WebDriverWait(page, atMost).until(browser -> state.equals(status().getAttribute("data-state")));
        } catch (org.openqa.selenium.TimeoutException e) {
            chromium.screenshot("save-bar-" + state);
            throw new IllegalStateException("The save bar did not reach '" + state + "' within " + atMost
                    + "; it says '" + status().getText() + "' on " + page.getCurrentUrl(), e);
        }
        return status().getText();
    }

    /** Whether the browser is still on the attempt page (not an error page). */
    boolean onAttemptPage() {
        return !page.findElements(By.id("question-" + Learner.QUESTION)).isEmpty();
    }

    private WebElement status() {
        return page.findElement(By.id("save-status"));
    }

    @Override
    public void close() {
        chromium.quit();
    }
}
