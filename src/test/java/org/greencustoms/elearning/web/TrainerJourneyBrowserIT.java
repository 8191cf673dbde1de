package org.greencustoms.elearning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.RestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A trainer's main journey in real headless Chromium: an administrator creates the trainer's account and hands over
 * its set-password link; the trainer sets a password, signs in, creates a cohort, enrol officers from a CSV file (checked,
 * then imported, with their set-password links), assign a module, watch the matrix change after a learner's
 * attempt, open the learner's detail and the review of the attempt, and download the matrix as XLSX (read back with
 * POI).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainerJourneyBrowserIT {

    private static final String BASE = RestClient.BASE;
    private static final String PASSWORD = "a trainer journey password";
    private static final String MODULE = "quiz-journey";

    @RegisterExtension
    final Browser chromium = new Browser(1280, 900);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar("trainer-journey-browser-it");
    }

    @Test
    void aTrainerEnrolsACohortAndFollowsALearner() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        RestClient admin = RestClient.signedIn("admin");
        String trainer = "tr-" + suffix;
        String officer = "off-" + suffix;
        account(admin, officer, "LEARNER");
        WebDriver browser = chromium.driver();

        createTrainerAsAdministrator(browser, trainer);
        signIn(browser, trainer);
        browser.get(BASE + "/trainer/index.xhtml?lang=en");
        chromium.visible("#create\\:name").sendKeys("SADC workshop " + suffix);
        browser.findElement(By.id("create:place")).sendKeys("Lilongwe");
        new Select(browser.findElement(By.id("create:administrations"))).selectByValue("MW");
        chromium.clickToLoad(By.id("create:submit"));
        assertThat(chromium.visible("h1").getText()).isEqualTo("SADC workshop " + suffix);

        new Select(browser.findElement(By.id("modules:module"))).selectByValue(MODULE);
        chromium.clickToLoad(By.id("modules:assign"));
        assertThat(chromium.visible("#modules").getText()).contains("withdraw");

        Path file = Files.createTempFile("enrol", ".csv");
        Files.writeString(file, "username;full name;email;administration;language\n"
                + officer + ";Officer " + suffix + ";;MW;en\n"
                + "new-" + suffix + ";Chimwemwe Banda;c.banda@example.org;MW;en\n", StandardCharsets.UTF_8);
        browser.findElement(By.id("cohort:file")).sendKeys(file.toAbsolutePath().toString());
        chromium.clickToLoad(By.id("cohort:check"));
        assertThat(chromium.visible(".report__title--good").getText()).contains("1 new accounts", "1 existing");
        chromium.clickToLoad(By.id("cohort:import"));
        assertThat(chromium.visible("#linkTable").getText()).contains("new-" + suffix, "/set-password.xhtml?token=")
                .doesNotContain(officer);
        assertThat(browser.findElement(By.id("learners")).getText()).contains("Officer " + suffix,
                "Chimwemwe Banda");
        chromium.screenshot("trainer-cohort");

        chromium.clickToLoad(By.id("progress"));
        assertThat(cellOf(browser, officer)).contains("Not started");

        RestClient learner = RestClient.signedIn(officer, PASSWORD);
        long attempt = Long.parseLong(learner.send("POST", "/api/v1/attempts", "{\"module\":\"" + MODULE + "\"}")
                .body().replaceAll("(?s)^.*?\"id\":(\\d+).*$", "$1"));
        assertThat(learner.send("POST", "/api/v1/attempts/" + attempt + "/submission", null).statusCode())
                .isEqualTo(200);

        browser.navigate().refresh();
        assertThat(cellOf(browser, officer)).doesNotContain("Not started");
        chromium.screenshot("trainer-progress");

        String xlsx = browser.findElement(By.id("exportXlsx")).getAttribute("href");
        List<List<String>> sheet = download(browser, xlsx);
        assertThat(sheet.get(0)).startsWith("Username", "Name", "Administration", "Overall %");
        assertThat(sheet).anySatisfy(row -> assertThat(row).startsWith("new-" + suffix, "Chimwemwe Banda", "MW", "0",
                "NOT_STARTED"));
        assertThat(sheet).as("an existing account is enrolled as it is").anySatisfy(row -> assertThat(row)
                .startsWith(officer, "Officer " + suffix, "", "0", "IN_PROGRESS"));

        chromium.clickToLoad(By.linkText("Officer " + suffix));
        assertThat(chromium.visible("#attempts").getText()).contains("1", "EN");
        chromium.clickToLoad(By.linkText("Review"));
        assertThat(chromium.visible("h1").getText()).isEqualTo("Attempt review");
        assertThat(browser.findElements(By.cssSelector("article.review"))).isNotEmpty();
    }

    /** The text of the learner's first module cell in the matrix. */
    private String cellOf(WebDriver browser, String username) {
        chromium.visible("#matrix");
        return browser.findElements(By.cssSelector("#matrix tbody tr")).stream()
                .filter(row -> row.getText().contains(username)).findFirst().orElseThrow()
                .findElement(By.cssSelector("td")).getText();
    }

    /** The file behind the link, fetched with the browser's session as the browser would download it. */
    private List<List<String>> download(WebDriver browser, String url) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("spreadsheetml"));
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private void signIn(WebDriver browser, String username) {
        signIn(browser, username, PASSWORD);
    }

    private void signIn(WebDriver browser, String username, String password) {
        browser.get(BASE + "/login.xhtml?lang=en");
        chromium.visible("#signIn\\:username").sendKeys(username);
        browser.findElement(By.id("signIn:password")).sendKeys(password);
        chromium.clickToLoad(By.id("signIn:submit"));
    }

    /** On the administrator's pages: a new account with the trainer role, then its one-time link, used once. */
    private void createTrainerAsAdministrator(WebDriver browser, String trainer) {
        signIn(browser, "admin", "green-customs");
        browser.get(BASE + "/admin/accounts.xhtml?lang=en");
        chromium.clickToLoad(By.id("newAccount"));
        chromium.visible("#account\\:username").sendKeys(trainer);
        browser.findElement(By.id("account:displayName")).sendKeys("Trainer " + trainer);
        new Select(browser.findElement(By.id("account:administration"))).selectByValue("MW");
        browser.findElement(By.cssSelector("input[name='account:roles'][value='TRAINER']")).click();
        chromium.clickToLoad(By.id("account:create"));
        String link = chromium.visible("#linkUrl").getText();
        assertThat(link).contains("/set-password.xhtml?token=");

        browser.manage().deleteAllCookies();
        browser.get(link);
        chromium.visible("#setPassword\\:password").sendKeys(PASSWORD);
        browser.findElement(By.id("setPassword:repeated")).sendKeys(PASSWORD);
        chromium.clickToLoad(By.id("setPassword:save"));
        assertThat(chromium.visible("#done").getText()).contains(trainer);
        browser.get(link);
        assertThat(chromium.visible("#unusable").getText()).as("the link works once").isNotBlank();
    }

    private static void account(RestClient admin, String username, String role) throws Exception {
        HttpResponse<String> created = admin.send("POST", "/api/v1/accounts", "{\"username\":\"" + username
                + "\",\"displayName\":\"Officer " + username.substring(username.indexOf('-') + 1) + "\",\"password\":\""
                + PASSWORD + "\",\"language\":\"en\",\"roles\":[\"" + role + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
