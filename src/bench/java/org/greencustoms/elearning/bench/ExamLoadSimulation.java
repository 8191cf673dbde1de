package org.greencustoms.elearning.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An exam as people really sit it: each learner (signed in beforehand) starts the quiz, then saves the answers on
 * the page every 10 seconds on average (a pause drawn uniformly between bench.think.min and bench.think.max, 5 and
 * 15 s), and now and then reloads the attempt: after a save, one time in ten over REST
 * ({@code GET /api/v1/attempts/{id}}) and one time in twenty as the page ({@code /learn/attempt.xhtml?id=...}), as a
 * browser does on a reload. Learners arrive over bench.ramp seconds (30), then keep going for bench.seconds (300).
 * Levels (bench.levels: 500, 2,000, 5,000 learners) run one after the other, each after the last has finished, and
 * the first after a warm-up at its own level (bench.warmup seconds, 60; reported as "(warm-up)"). Alongside each
 * level, bench.health.users users ask the health endpoint once a second: the yardstick, what a request that does
 * no work costs while the server carries that load.
 *
 * <p>Creating and signing in thousands of learners takes minutes (two PBKDF2 hashes each): that is done first, in
 * parallel, logged with its time, and not measured. Requests are named by level: {@code save (2000)} is the saves at
 * 2,000 learners. At 10 s a save, n learners send about n/10 saves a second.
 *
 * <p>Settings (system properties) also: bench.url, bench.module (quiz-journey: unlimited attempts), bench.admin /
 * bench.password, bench.setup.threads.
 */
public class ExamLoadSimulation extends Simulation {

    private static final String BASE = System.getProperty("bench.url", "http://localhost:9083");
    private static final List<Integer> LEVELS = BenchLearners.intList("bench.levels", "500,2000,5000");
    private static final Duration PHASE = Duration.ofSeconds(BenchLearners.number("bench.seconds", 300));
    private static final Duration RAMP = Duration.ofSeconds(BenchLearners.number("bench.ramp", 30));
    private static final Duration WARM_UP = Duration.ofSeconds(BenchLearners.number("bench.warmup", 60));
    private static final Duration THINK_MIN = Duration.ofMillis(BenchLearners.number("bench.think.min", 5000));
    private static final Duration THINK_MAX = Duration.ofMillis(BenchLearners.number("bench.think.max", 15000));
    private static final int HEALTH_USERS = (int) BenchLearners.number("bench.health.users", 10);
    private static final String MODULE = System.getProperty("bench.module", "quiz-journey");
    /** The page's save: every answer on the page, with a sequence that grows with each save, as quiz.js sends. */
    private static final String SAVE = LearnerLoadSimulation.ANSWERS.strip()
            .substring(0, LearnerLoadSimulation.ANSWERS.strip().length() - 1) + ", \"sequence\": #{sequence}}";

    public ExamLoadSimulation() throws Exception {
        List<Map<String, Object>> sessions = new BenchLearners(BASE)
                .signedIn(LEVELS.stream().mapToInt(Integer::intValue).max().orElse(500));
        HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
                .contentTypeHeader("application/json");

        // The stages: the warm-up (at the first level), then each level. A stage's learners and its health users
        // run together; the next stage starts once its learners have finished.
        List<String> names = new ArrayList<>();
        List<Integer> users = new ArrayList<>();
        List<Duration> phases = new ArrayList<>();
        if (!WARM_UP.isZero()) {
            names.add("warm-up");
            users.add(LEVELS.get(0));
            phases.add(WARM_UP);
        }
        for (int level : LEVELS) {
            names.add(String.valueOf(level));
            users.add(level);
            phases.add(PHASE);
        }
        List<PopulationBuilder> next = null;
        for (int i = names.size() - 1; i >= 0; i--) {
            PopulationBuilder exam = exam(names.get(i), phases.get(i), sessions.subList(0, users.get(i)))
                    .injectOpen(rampUsers(users.get(i)).during(RAMP));
            if (next != null) {
                exam = exam.andThen(next);
            }
            next = List.of(exam, health(names.get(i), RAMP.plus(phases.get(i))).injectOpen(atOnceUsers(HEALTH_USERS)));
        }
        setUp(next).protocols(protocol).assertions(global().failedRequests().percent().lt(1.0));
    }

    private static ScenarioBuilder health(String level, Duration duration) {
        return scenario("health at " + level).during(duration).on(
                exec(http("health (" + level + ")").get("/health/ready").check(status().is(200)))
                        .pause(Duration.ofSeconds(1)));
    }

    private static ScenarioBuilder exam(String level, Duration duration, List<Map<String, Object>> sessions) {
        ChainBuilder save = exec(session -> session.set("sequence", System.currentTimeMillis()))
                .exec(http("save (" + level + ")").put("/api/v1/attempts/#{attempt}/answers")
                        .body(StringBody(SAVE)).check(status().is(200)));
        ChainBuilder reloadRest = exec(http("reload REST (" + level + ")").get("/api/v1/attempts/#{attempt}")
                .check(status().is(200), jsonPath("$.id").is(session -> session.getString("attempt"))));
        ChainBuilder reloadPage = exec(http("reload page (" + level + ")").get("/learn/attempt.xhtml?id=#{attempt}")
                .header("Accept", "text/html").check(status().is(200), regex("data-attempt=\"#{attempt}\"").exists()));
        return scenario("exam " + level)
                .feed(sessions.iterator())
                .exec(LearnerLoadSimulation.signedInCookies(BASE, sessions.get(0).keySet()))
                .exec(http("start (" + level + ")").post("/api/v1/attempts")
                        .body(StringBody("{\"module\":\"" + MODULE + "\"}"))
                        .check(status().is(200), jsonPath("$.id").saveAs("attempt")))
                .exitHereIfFailed()
                .during(duration).on(
                        exec(session -> session).pause(THINK_MIN, THINK_MAX)
                                .exec(save)
                                .randomSwitch().on(percent(10.0).then(reloadRest), percent(5.0).then(reloadPage)));
    }
}
