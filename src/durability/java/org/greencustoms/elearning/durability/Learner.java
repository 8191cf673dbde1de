package org.greencustoms.elearning.durability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One officer over REST, as the quiz page's save bar talks to the server: signs in, holds one attempt and saves a
 * short answer again and again, each save numbered. {@link #acknowledged()} is the last number the server answered
 * 200 for: what the save bar would have called "Saved".
 */
final class Learner {

    static final String MODULE = "quiz-journey";
    static final String QUESTION = "q-movement-document";

    final String username;
    final String password;
    private final String base;
    private HttpClient http;
    private long attempt;
    private volatile long acknowledged;
    private long sent;

    Learner(String base, String username, String password) {
        this.base = base;
        this.username = username;
        this.password = password;
    }

    /** Signs in afresh (after a restart the old session is gone). */
    void signIn() throws IOException, InterruptedException {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> answer = send("POST", "/api/v1/session",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        expect(answer, 200, "sign in");
    }

    void startAttempt() throws IOException, InterruptedException {
        HttpResponse<String> answer = send("POST", "/api/v1/attempts", "{\"module\":\"" + MODULE + "\"}");
        expect(answer, 200, "start an attempt");
        attempt = json(answer.body()).getJsonNumber("id").longValue();
    }

    /** Saves the next numbered answer; returns the status code, or -1 if the connection failed. */
    int saveNext() throws InterruptedException {
        long number = ++sent;
        try {
            HttpResponse<String> answer = send("PUT", "/api/v1/attempts/" + attempt + "/answers",
                    "{\"answers\":{\"" + QUESTION + "\":{\"text\":\"save " + number + "\"}},\"sequence\":" + number + "}");
            if (answer.statusCode() == 200) {
                acknowledged = number;
            }
            return answer.statusCode();
        } catch (IOException dropped) {
            return -1;
        }
    }

    long acknowledged() {
        return acknowledged;
    }

    long attempt() {
        return attempt;
    }

    /** The number of the answer the server holds now (0 if none). */
    long stored() throws IOException, InterruptedException {
        String text = storedText();
        return text.isEmpty() ? 0 : Long.parseLong(text.substring("save ".length()));
    }

    /** The text the server holds now for the question this learner answers ("" if none). */
    String storedText() throws IOException, InterruptedException {
        HttpResponse<String> answer = send("GET", "/api/v1/attempts/" + attempt, null);
        expect(answer, 200, "read the attempt");
        JsonObject answers = json(answer.body()).getJsonObject("answers");
        if (answers == null || !answers.containsKey(QUESTION)) {
            return "";
        }
        return answers.getJsonObject(QUESTION).getString("text");
    }

    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json").header("X-Requested-With", "durability");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(username + ": " + what + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
    }

    static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
