package org.greencustoms.elearning.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What every load simulation does before it measures anything: waits for the server to be ready, then creates the
 * run's learners as the administrator over REST ({@code POST /api/v1/accounts}), in parallel, and (if asked) signs
 * each in. Both hash a password with PBKDF2 (210,000 iterations) on the server, tens of milliseconds of CPU each, so
 * a few thousand learners take minutes on a small machine: the time is logged, never measured with the load.
 *
 * <p>Settings (system properties): bench.url, bench.admin / bench.password (the demo administrator by default; for
 * a server outside demo mode, its administrator), bench.setup.threads (8 requests at a time), bench.reuse (the run
 * name logged by an earlier run, whose learners to use again).
 */
final class BenchLearners {

    static final String PASSWORD = "bench learner password";
    private static final Logger LOG = Logger.getLogger(BenchLearners.class.getName());

    final String base;
    /**
     * A name of this run, so that learners of an earlier run (on a database that is kept) never clash; or, with
     * bench.reuse, the name of an earlier run on the same database (PostgreSQL) whose learners are used again: those
     * that exist are not created (the account answers 409), which halves the setup of a repeated run.
     */
    final String run = System.getProperty("bench.reuse", "").isBlank()
            ? Long.toString(Instant.now().getEpochSecond(), 36) : System.getProperty("bench.reuse").strip();
    private final boolean reuse = !System.getProperty("bench.reuse", "").isBlank();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int threads = Integer.getInteger("bench.setup.threads", 8);

    BenchLearners(String base) {
        this.base = base;
    }

    /** A system property as a list of numbers, or the default when it is absent or blank (the pom passes ""). */
    static List<Integer> intList(String property, String defaults) {
        String value = System.getProperty(property, "");
        return Arrays.stream((value.isBlank() ? defaults : value).split(",")).map(String::strip)
                .map(Integer::valueOf).toList();
    }

    /** A system property as a number, or the default when it is absent or blank. */
    static long number(String property, long defaultValue) {
        String value = System.getProperty(property, "");
        return value.isBlank() ? defaultValue : Long.parseLong(value.strip());
    }

    static String username(String run, int i) {
        return "bench-" + run + "-" + i;
    }

    /** Creates {@code count} learners and signs each in; returns their cookies (session, sign-on token, any other). */
    List<Map<String, Object>> signedIn(int count) throws Exception {
        return create(count, true);
    }

    /** Creates {@code count} learners who have not signed in yet; returns {@code username} for each. */
    List<Map<String, Object>> created(int count) throws Exception {
        return create(count, false);
    }

    private List<Map<String, Object>> create(int count, boolean signIn) throws Exception {
        awaitReady();
        Map<String, Object> admin = signIn(System.getProperty("bench.admin", "admin"),
                System.getProperty("bench.password", "green-customs"));
        Instant begin = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Map<String, Object>>> learners = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                int i = n;
                learners.add(pool.submit(() -> {
                    String username = username(run, i);
                    HttpResponse<String> made = send("POST", "/api/v1/accounts", admin, """
                            {"username": "%s", "displayName": "Bench learner %d", "password": "%s",
                             "roles": ["LEARNER"]}""".formatted(username, i, PASSWORD));
                    if (made.statusCode() != 201 && !(reuse && made.statusCode() == 409)) {
                        throw new IllegalStateException("Cannot create " + username + ": " + made.statusCode()
                                + " " + made.body());
                    }
                    return signIn ? signIn(username, PASSWORD) : Map.<String, Object>of("username", username);
                }));
            }
            List<Map<String, Object>> result = new ArrayList<>();
            for (Future<Map<String, Object>> learner : learners) {
                result.add(learner.get());
            }
            double seconds = Duration.between(begin, Instant.now()).toMillis() / 1000.0;
            LOG.info(() -> String.format("Bench setup (run %s): %d learners created%s on %s in %.1f s (%d at a time), "
                    + "not part of the measurement", run, count, signIn ? " and signed in" : "", base, seconds,
                    threads));
            return result;
        } finally {
            pool.shutdown();
        }
    }

    /** Signs in over REST; returns every cookie the answer set (a load balancer's sticky cookie too). */
    Map<String, Object> signIn(String username, String password) throws Exception {
        CookieManager jar = new CookieManager();
        HttpClient signing = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(jar)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = signing.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Cannot sign in " + username + ": " + response.statusCode() + " "
                    + response.body());
        }
        Map<String, Object> cookies = jar.getCookieStore().getCookies().stream()
                .collect(Collectors.toMap(HttpCookie::getName, HttpCookie::getValue, (first, last) -> last));
        if (!cookies.containsKey("JSESSIONID") || !cookies.containsKey("LtpaToken2")) {
            throw new IllegalStateException("Signing in " + username + " set the cookies " + cookies.keySet());
        }
        return cookies;
    }

    private HttpResponse<String> send(String method, String path, Map<String, Object> cookies, String json)
            throws Exception {
        String cookie = cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Cookie", cookie).method(method, HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp)) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(base + " did not become ready within 3 minutes");
    }
}
