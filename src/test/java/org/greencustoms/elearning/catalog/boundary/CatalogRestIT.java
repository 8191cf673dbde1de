package org.greencustoms.elearning.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.greencustoms.elearning.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue, health and OpenAPI endpoints as an HTTP client sees them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogRestIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9081");
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar("catalog-rest-it");
    }

    @Test
    void listsTheAgreementsWithTheirModules() throws Exception {
        HttpResponse<String> response = get("/api/v1/conventions", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonArray conventions = Json.createReader(new StringReader(response.body())).readArray();
        assertThat(conventions).hasSize(8);
        JsonObject basel = conventions.getJsonObject(0);
        assertThat(basel.getString("code")).isEqualTo("BASEL");
        assertThat(basel.getJsonArray("modules")).isNotEmpty();
    }

    @Test
    void namesTheAgreementsInTheCallersLanguage() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/v1/conventions"))
                .header("Accept-Language", "es-CO, es;q=0.9, en;q=0.5").timeout(Duration.ofSeconds(30)).build();
        JsonArray conventions = Json.createReader(new StringReader(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body())).readArray();

        assertThat(conventions.getJsonObject(0).getString("name")).isEqualTo("Convenio de Basilea");
        assertThat(get("/api/v1/conventions?lang=fr", "application/json").body()).contains("Convention de Bâle");
    }

    @Test
    void readsAModuleOutlineInTheRequestedLanguage() throws Exception {
        HttpResponse<String> response = get("/api/v1/modules/basel-hazardous-wastes?lang=fr", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject module = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(module.getString("id")).isEqualTo("basel-hazardous-wastes");
        assertThat(module.getJsonArray("units")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(module.getJsonObject("quiz").getInt("questions")).isGreaterThanOrEqualTo(5);
        assertThat(module.getString("title")).contains("Bâle");
    }

    @Test
    void unknownModuleIsAProblemAnswer() throws Exception {
        HttpResponse<String> response = get("/api/v1/modules/no-such-module", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("detail")).contains("no-such-module");
    }

    @Test
    void healthIsUpWithTheDatabaseReady() throws Exception {
        HttpResponse<String> response = get("/health/ready", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"", "\"name\":\"database\"");
    }

    @Test
    void openApiDescribesTheCatalogue() throws Exception {
        HttpResponse<String> response = get("/openapi", "application/yaml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/modules/{id}", "/api/v1/conventions");
    }

    @Test
    void pagesAreServedCompressed() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/")).timeout(Duration.ofSeconds(30)).header("Accept-Encoding", "gzip").build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void homePageAndModulePageRender() throws Exception {
        assertThat(get("/", "text/html").body()).contains("Basel Convention", "CITES", "Minamata");
        HttpResponse<String> module = get("/module.xhtml?id=cites-wildlife", "text/html");
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.body()).contains("unit-list__item");
        assertThat(get("/module.xhtml?id=no-such-module", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void moduleImagesAreServedWithLongCaching() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/media/media-sample/1/seal.png"))
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<byte[]> image = http.send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(image.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=31536000", "immutable"));
        assertThat(image.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        String etag = image.headers().firstValue("ETag").orElseThrow();
        HttpRequest again = HttpRequest.newBuilder(URI.create(BASE + "/media/media-sample/1/seal.png"))
                .header("If-None-Match", etag).timeout(Duration.ofSeconds(30)).build();
        assertThat(http.send(again, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(304);
        assertThat(get("/media/media-sample/1/absent.png", "image/png").statusCode()).isEqualTo(404);
        assertThat(get("/media/media-sample/9/seal.png", "image/png").statusCode()).isEqualTo(404);
        assertThat(get("/media/../../etc/passwd", "image/png").statusCode()).isIn(400, 404);
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30)).header("Accept", accept).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
