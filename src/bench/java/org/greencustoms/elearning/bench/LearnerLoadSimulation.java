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

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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

    private static final String BASE = System.getProperty("bench.url", "http://localhost:9083");
    private static final List<Integer> LEVELS = BenchLearners.intList("bench.levels", "50,200");
    private static final Duration PHASE = Duration.ofSeconds(BenchLearners.number("bench.seconds", 30));
    private static final Duration WARM_UP = Duration.ofSeconds(BenchLearners.number("bench.warmup", 30));
    private static final String MODULE = System.getProperty("bench.module", "quiz-journey");
    /** Answers to the quiz-journey questions whose ids do not depend on the drawn order (all but the matching). */
    static final String ANSWERS = """
            {"answers": {
              "q-a1181": {"option": "a"},
              "q-pic-documents": {"options": ["a", "b", "c"]},
              "q-protective-packaging": {"value": true},
              "q-movement-document": {"text": "movement document"},
              "q-amendment-year": {"text": "2025"},
              "q-pic-order": {"order": ["notify", "consent", "move", "confirm"]},
              "q-inspect-monitors": {"decision": "detain", "flags": ["by-weight", "no-consent", "loose"]}}}""";

    public LearnerLoadSimulation() throws Exception {
        List<Map<String, Object>> sessions = new BenchLearners(BASE)
                .signedIn(LEVELS.stream().mapToInt(Integer::intValue).max().orElse(50));
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
        return scenario("journey " + level)
                .feed(sessions.iterator())
                .exec(signedInCookies(BASE, sessions.get(0).keySet()))
                .during(duration).on(
                        exec(http("start (" + level + ")").post("/api/v1/attempts")
                                .body(StringBody("{\"module\":\"" + MODULE + "\"}"))
                                .check(status().is(200), jsonPath("$.id").saveAs("attempt")))
                        .exec(http("save (" + level + ")").put("/api/v1/attempts/#{attempt}/answers")
                                .body(StringBody(ANSWERS)).check(status().is(200)))
                        .exec(http("submit (" + level + ")").post("/api/v1/attempts/#{attempt}/submission")
                                .check(status().is(200), jsonPath("$.percent").exists())));
    }

    /** Puts the cookies of the learner's sign-in (fed into the session by name) into the virtual user's jar. */
    static ChainBuilder signedInCookies(String base, Collection<String> names) {
        String host = URI.create(base).getHost();
        ChainBuilder chain = exec(session -> session);
        for (String name : names) {
            chain = chain.exec(addCookie(Cookie(name, "#{" + name + "}").withDomain(host).withPath("/")));
        }
        return chain;
    }
}
