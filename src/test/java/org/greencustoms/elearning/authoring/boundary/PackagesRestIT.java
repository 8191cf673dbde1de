package org.greencustoms.elearning.authoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.RestClient;
import org.greencustoms.elearning.content.boundary.PackageFolder;
import org.greencustoms.elearning.content.control.PackageFiles;
import org.greencustoms.elearning.content.control.ZipPackageReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Packages over REST, as a script or an authoring tool uses them: multipart upload, report, publish, download. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PackagesRestIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar("packages-rest-it");
    }

    @Test
    void aPackageGoesFromUploadToPublishedAndDownloadsWithItsHash() throws Exception {
        String module = "rest-" + UUID.randomUUID().toString().substring(0, 8);
        RestClient author = RestClient.signedIn("author");

        HttpResponse<String> refused = author.upload("/api/v1/packages", "broken.zip",
                PackageFolder.valid(module, 1).with("units/02-second.md", "no front matter\n").zip());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonObject report = json(refused.body());
        assertThat(report.getBoolean("valid")).isFalse();
        assertThat(report.getJsonArray("problems").getJsonObject(0).getString("file")).isEqualTo("units/02-second.md");

        HttpResponse<String> staged = author.upload("/api/v1/packages", module + ".zip",
                PackageFolder.valid(module, 1).zip());
        assertThat(staged.statusCode()).as(staged.body()).isEqualTo(201);
        assertThat(staged.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/api/v1/packages/" + module + "/versions/1/preview"));
        HttpResponse<String> preview = author.send("GET", "/api/v1/packages/" + module + "/versions/1/preview?lang=fr",
                null);
        assertThat(json(preview.body()).getString("title")).isEqualTo("Module d'essai " + module);

        assertThat(author.send("POST", "/api/v1/packages/" + module + "/draft/publish", null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> again = author.send("POST", "/api/v1/packages/" + module + "/draft/publish", null);
        assertThat(again.statusCode()).as("a second click").isEqualTo(409);

        JsonArray history = jsonArray(author.send("GET", "/api/v1/packages/" + module + "/versions", null).body());
        String sha = history.getJsonObject(0).getString("packageSha256");
        HttpResponse<byte[]> download = author.download("/api/v1/packages/" + module + "/versions/1/package");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(download.headers().firstValue("X-Package-Sha256")).hasValue(sha);
        assertThat(PackageFiles.fromZip("download.zip", new ByteArrayInputStream(download.body()),
                ZipPackageReader.Limits.DEFAULT).sha256()).isEqualTo(sha);

        HttpResponse<String> same = author.upload("/api/v1/packages", "again.zip", download.body());
        assertThat(same.statusCode()).as("the same version again").isEqualTo(422);
        assertThat(same.body()).contains("module.yaml", "raise");

        assertThat(author.send("POST", "/api/v1/packages/" + module + "/retire", null).statusCode()).isEqualTo(200);
        assertThat(new RestClient().send("GET", "/api/v1/modules/" + module, null).statusCode()).isEqualTo(404);
        HttpResponse<String> rolledBack = author.send("POST", "/api/v1/packages/" + module + "/rollback",
                "{\"version\":1}");
        assertThat(json(rolledBack.body()).getInt("version")).isEqualTo(2);
        assertThat(new RestClient().send("GET", "/api/v1/modules/" + module, null).statusCode()).isEqualTo(200);
    }

    @Test
    void somethingThatIsNotAZipIsRefusedWithItsReason() throws Exception {
        HttpResponse<String> refused = RestClient.signedIn("author").upload("/api/v1/packages", "notes.zip",
                "just some text".getBytes());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused.body()).getJsonArray("problems")).isNotEmpty();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonArray jsonArray(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }
}
