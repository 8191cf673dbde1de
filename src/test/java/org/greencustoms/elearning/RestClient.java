package org.greencustoms.elearning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A REST caller from outside the server, as a mobile client or a script: a session cookie from POST /api/v1/session,
 * JSON bodies, and the X-Requested-With header that bodiless state changes need (CrossSiteGuard).
 */
public final class RestClient {

    public static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9081");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();

    /** Signed in with the demo password. */
    public static RestClient signedIn(String username) throws Exception {
        return signedIn(username, "green-customs");
    }

    public static RestClient signedIn(String username, String password) throws Exception {
        RestClient client = new RestClient();
        HttpResponse<String> response = client.send("POST", "/api/v1/session",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return client;
    }

    /** What a form on another site could send: a plain POST, without JSON or a custom header. */
    public HttpResponse<String> sendForm(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=b")).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON request (or none, when {@code json} is null), accepting JSON. */
    public HttpResponse<String> send(String method, String path, String json) throws Exception {
        return send(method, path, "application/json", json == null ? null : "application/json", json);
    }

    /** Any request: what it accepts, and a body of the given type (or none). */
    public HttpResponse<String> send(String method, String path, String accept, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept", accept).header("X-Requested-With", "test").timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file in a multipart form's field {@code file}, as a browser's upload sends it. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
        String boundary = "gc-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", "application/json")
                .header("X-Requested-With", "test").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A download, as bytes. */
    public HttpResponse<byte[]> download(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("X-Requested-With", "test").GET()
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A page as a browser asks for it, without following redirects. */
    public HttpResponse<String> page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", "text/html").GET()
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
