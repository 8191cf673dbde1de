package org.greencustoms.elearning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.RestClient;
import org.greencustoms.elearning.content.boundary.PackageFolder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * An author's main journey in real headless Chromium: a learner has read a unit of version 1; the author uploads
 * version 2 with mistakes, reads the report by file, uploads the fixed package, previews it in French with the
 * answer key, and publishes it; the learner then reads version 2 with their progress kept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorJourneyBrowserIT {

    private static final String BASE = RestClient.BASE;

    @RegisterExtension
    final Browser chromium = new Browser(1280, 900);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar("author-journey-browser-it");
    }

    @Test
    void anAuthorFixesAPackageFromItsReportPreviewsItAndPublishesItUnderALearner() throws Exception {
        String module = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        RestClient author = RestClient.signedIn("author");
        HttpResponse<String> first = author.upload("/api/v1/packages", module + ".zip",
                PackageFolder.valid(module, 1).zip());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(author.send("POST", "/api/v1/packages/" + module + "/draft/publish", null).statusCode())
                .isEqualTo(200);
        WebDriver browser = chromium.driver();

        signIn(browser, "learner");
        browser.get(BASE + "/learn/unit.xhtml?lang=en&module=" + module + "&unit=first");
        chromium.clickToLoad(By.id("unitForm:markDone"));
        signOut();

        signIn(browser, "author");
        browser.get(BASE + "/author/index.xhtml?lang=en");
        chromium.visible("#module-table");
        upload(browser, PackageFolder.valid(module, 2)
                .with("units/02-second.md", "---\nid: second\ntitle: Second unit\nminutes: x\nsources: [S9]\n---\nText\n")
                .with("quiz.yaml", "questions:\n  - id: q1\n    type: single\n    prompt: Which?\n"
                        + "    options:\n      - {id: a, text: A}\n      - {id: b, text: B}\n    answer: c\n"
                        + "    tags: [topic:x]\n"));
        String report = chromium.visible("#report-invalid").getText();
        assertThat(report).contains(module + "-2.zip");
        String problems = browser.findElement(By.id("upload:report")).getText();
        assertThat(problems).contains("quiz.yaml", "units/02-second.md", "Line");
        chromium.screenshot("author-report");

        upload(browser, PackageFolder.valid(module, 2).with("units/01-first.fr.md",
                "---\ntitle: Première unité, revue\n---\nLa **première** unité, revue.\n"));
        assertThat(chromium.visible("#report-valid").getText()).contains("version 2", module);
        chromium.clickToLoad(By.id("upload:preview"));
        assertThat(chromium.visible("#preview-banner").getText()).contains("version 2");
        browser.get(browser.getCurrentUrl() + "&in=fr");
        assertThat(chromium.visible(".reader__unit h1").getText()).isEqualTo("Première unité, revue");
        chromium.clickToLoad(By.id("quiz-link"));
        assertThat(chromium.visible("#review-q1").getText()).contains("Annex VIII");
        assertThat(browser.findElement(By.cssSelector("#review-q1 .review__key")).getText()).isNotBlank();
        chromium.screenshot("author-preview");

        browser.get(BASE + "/author/module.xhtml?lang=en&id=" + module);
        assertThat(chromium.visible("#history").getText()).contains("Draft", "Published");
        chromium.clickToLoad(By.id("lifecycle:publish"));
        assertThat(chromium.visible("#lifecycle\\:messages").getText())
                .contains("Version 2 is published; version 1 is retired.");
        assertThat(chromium.visible("#history").getText()).contains("Languages changed: French");
        chromium.screenshot("author-versions");
        signOut();

        signIn(browser, "learner");
        browser.get(BASE + "/learn/unit.xhtml?lang=fr&module=" + module + "&unit=first");
        assertThat(chromium.visible(".reader__unit h1").getText()).isEqualTo("Première unité, revue");
        assertThat(browser.findElement(By.cssSelector(".toc__item.is-current")).getText()).contains("✓");
    }

    private void upload(WebDriver browser, PackageFolder folder) throws Exception {
        Path zip = Files.createTempDirectory("author-journey").resolve(folder.id() + "-" + folder.version() + ".zip");
        Files.write(zip, folder.zip());
        browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(zip.toAbsolutePath().toString());
    }

    private void signIn(WebDriver browser, String username) {
        browser.get(BASE + "/login.xhtml?lang=en");
        chromium.visible("#signIn\\:username").sendKeys(username);
        browser.findElement(By.id("signIn:password")).sendKeys("green-customs");
        chromium.clickToLoad(By.id("signIn:submit"));
    }

    private void signOut() {
        chromium.clickToLoad(By.id("sign-out"));
    }
}
