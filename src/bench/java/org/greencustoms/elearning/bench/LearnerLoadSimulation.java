package org.greencustoms.elearning.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
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
import java.util.stream.IntStream;

/**
 * The learner journey under load, over REST: each virtual learner starts an attempt, saves its answers and submits
 * it (a scored submission), again and again, for a fixed time; at 50 and then 200 concurrent learners. Before each
 * level, the health endpoint under the same concurrency measures what the server does with no work at all: the
 * yardstick for this machine. A warm-up journey comes first and is reported apart. Learners are created (as an administrator) and signed in before anything is measured,
 * so the password hashing of sign-in is not in the figures.
 *
 * <p>Settings (system properties): bench.url (http://localhost:9083), bench.levels (50,200), bench.seconds (30 per
 * phase), bench.warmup (30 seconds), bench.module (quiz-journey: a module with unlimited attempts), bench.admin / bench.password (the demo
 * administrator).
 */
public class LearnerLoadSimulation extends Simulation {

    private static final Logger LOG = Logger.getLogger(LearnerLoadSimulation.class.getName());
    private static final String BASE = System.getProperty("bench.url", "http://localhost:9083");
    private static final List<Integer> LEVELS = Arrays.stream(System.getProperty("bench.levels", "50,200").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 30));
    private static final String MODULE = System.getProperty("bench.module", "quiz-journey");
    /** Answers to the quiz-journey questions whose ids do not depend on the drawn order (all but the matching). */
    private static final String ANSWERS = """
            {"answers": {
              "q-a1181": {"option": "a"},
              "q-pic-documents": {"options": ["a", "b", "c"]},
              "q-protective-packaging": {"value": true},
              "q-movement-document": {"text": "movement document"},
              "q-amendment-year": {"text": "2025"},
              "q-pic-order": {"order": ["notify", "consent", "move", "confirm"]},
              "q-inspect-monitors": {"decision": "detain", "flags": ["by-weight", "no-consent", "loose"]}}}""";

    private final HttpClient setup = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public LearnerLoadSimulation() throws Exception {
        List<Map<String, Object>> sessions = signedInLearners(LEVELS.stream().mapToInt(Integer::intValue).max().orElse(50));
        HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
                .contentTypeHeader("application/json");

        // A warm-up journey (the JIT compiles, Liberty sizes its thread pool; reported apart, as "warm-up"), then
        // health at the first level, the journey at it, then the same at the next level...
        PopulationBuilder chain = null;
        for (int i = LEVELS.size() - 1; i >= 0; i--) {
            int level = LEVELS.get(i);
            PopulationBuilder journey = journey(String.valueOf(level), PHASE, sessions.subList(0, level))
                    .injectOpen(atOnceUsers(level));
            chain = health(level).injectOpen(atOnceUsers(level)).andThen(chain == null ? journey
                    : journey.andThen(chain));
        }
        int warmUsers = LEVELS.get(0);
        chain = journey("warm-up", WARM_UP, sessions.subList(0, warmUsers)).injectOpen(atOnceUsers(warmUsers))
                .andThen(chain);
        setUp(chain).protocols(protocol).assertions(global().failedRequests().percent().lt(1.0));
    }

    private static ScenarioBuilder health(int level) {
        return scenario("health at " + level).during(PHASE).on(
                exec(http("health (" + level + ")").get("/health/ready").check(status().is(200))));
    }

    private static ScenarioBuilder journey(String level, Duration duration, List<Map<String, Object>> sessions) {
        String host = URI.create(BASE).getHost();
        return scenario("journey " + level)
                .feed(sessions.iterator())
                .exec(addCookie(Cookie("JSESSIONID", "#{JSESSIONID}").withDomain(host).withPath("/")))
                .exec(addCookie(Cookie("LtpaToken2", "#{LtpaToken2}").withDomain(host).withPath("/")))
                .during(duration).on(
                        exec(http("start (" + level + ")").post("/api/v1/attempts")
                                .body(StringBody("{\"module\":\"" + MODULE + "\"}"))
                                .check(status().is(200), jsonPath("$.id").saveAs("attempt")))
                        .exec(http("save (" + level + ")").put("/api/v1/attempts/#{attempt}/answers")
                                .body(StringBody(ANSWERS)).check(status().is(200)))
                        .exec(http("submit (" + level + ")").post("/api/v1/attempts/#{attempt}/submission")
                                .check(status().is(200), jsonPath("$.percent").exists())));
    }

    /**
     * Creates the learners for this run (as the administrator) and signs each in; returns their sign-in cookies
     * (the session, and Liberty's single sign-on token that says who is signed in on it).
     */
    private List<Map<String, Object>> signedInLearners(int count) throws Exception {
        awaitReady();
        Map<String, Object> admin = signIn(System.getProperty("bench.admin", "admin"),
                System.getProperty("bench.password", "green-customs"));
        String run = Long.toString(Instant.now().getEpochSecond(), 36);
        String password = "bench learner password";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Map<String, Object>>> signedIn = new ArrayList<>();
            for (int i : IntStream.range(0, count).toArray()) {
                signedIn.add(pool.submit(() -> {
                    String username = "bench-" + run + "-" + i;
                    HttpResponse<String> created = send("POST", "/api/v1/accounts", admin, """
                            {"username": "%s", "displayName": "Bench learner %d", "password": "%s",
                             "roles": ["LEARNER"]}""".formatted(username, i, password));
                    if (created.statusCode() != 201) {
                        throw new IllegalStateException("Cannot create " + username + ": " + created.body());
                    }
                    return signIn(username, password);
                }));
            }
            List<Map<String, Object>> sessions = new ArrayList<>();
            for (Future<Map<String, Object>> session : signedIn) {
                sessions.add(session.get());
            }
            LOG.info(() -> "Bench: " + count + " learners created and signed in on " + BASE);
            return sessions;
        } finally {
            pool.shutdown();
        }
    }

    private Map<String, Object> signIn(String username, String password) throws Exception {
        CookieManager jar = new CookieManager();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(jar).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Cannot sign in " + username + ": " + response.body());
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
        return setup.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .header("Cookie", cookie).method(method, HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp)) {
            try {
                if (setup.send(HttpRequest.newBuilder(URI.create(BASE + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(BASE + " did not become ready within 3 minutes");
    }
}
