package org.greencustoms.elearning.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The synchronised exam start: bench.learners learners (500) sign in with their password (measured: PBKDF2 on the
 * server) and start the same quiz within bench.ramp seconds (60; 0 for all at once), each then loading the attempt
 * page, as a class told "start now" does. Reports how long it took until every learner was in their attempt, and
 * every refusal by request and status code (a request that got no answer, such as a timeout, as "no response"),
 * on the console and in bench.out (target/bench-exam-start.txt). The accounts are created first, not measured.
 *
 * <p>The run fails (Gatling's assertion) if any request failed: nobody may be turned away at the start of an exam.
 * Settings also: bench.url, bench.module (quiz-journey), bench.admin / bench.password, bench.setup.threads.
 */
public class ExamStartSimulation extends Simulation {

    private static final Logger LOG = Logger.getLogger(ExamStartSimulation.class.getName());
    private static final String BASE = System.getProperty("bench.url", "http://localhost:9083");
    private static final int LEARNERS = (int) BenchLearners.number("bench.learners", 500);
    private static final Duration RAMP = Duration.ofSeconds(BenchLearners.number("bench.ramp", 60));
    private static final String MODULE = System.getProperty("bench.module", "quiz-journey");
    private static final String OUT = System.getProperty("bench.out", "");

    private final AtomicLong first = new AtomicLong();
    private final AtomicLong last = new AtomicLong();
    private final AtomicInteger entered = new AtomicInteger();
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();

    public ExamStartSimulation() throws Exception {
        List<Map<String, Object>> learners = new BenchLearners(BASE).created(LEARNERS);
        HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
                .contentTypeHeader("application/json");
        OpenInjectionStep arrival = RAMP.isZero() ? atOnceUsers(LEARNERS) : rampUsers(LEARNERS).during(RAMP);
        setUp(scenario("exam start").feed(learners.iterator())
                .exec(session -> {
                    first.compareAndSet(0, System.nanoTime());
                    return session;
                })
                .exec(http("sign in").post("/api/v1/session")
                        .body(StringBody("{\"username\":\"#{username}\",\"password\":\""
                                + BenchLearners.PASSWORD + "\"}"))
                        .check(status().saveAs("code"), status().is(200)))
                .exec(outcome("sign in")).exitHereIfFailed()
                .exec(http("start").post("/api/v1/attempts").body(StringBody("{\"module\":\"" + MODULE + "\"}"))
                        .check(status().saveAs("code"), status().is(200), jsonPath("$.id").saveAs("attempt")))
                .exec(outcome("start")).exitHereIfFailed()
                .exec(http("attempt page").get("/learn/attempt.xhtml?id=#{attempt}").header("Accept", "text/html")
                        .check(status().saveAs("code"), status().is(200),
                                regex("data-attempt=\"#{attempt}\"").exists()))
                .exec(outcome("attempt page")).exitHereIfFailed()
                .exec(session -> {
                    entered.incrementAndGet();
                    last.accumulateAndGet(System.nanoTime(), Math::max);
                    return session;
                })
                .injectOpen(arrival))
                .protocols(protocol).assertions(global().failedRequests().count().is(0L));
    }

    /** Counts a failed request by its status code (or "no response"), and clears the code for the next request. */
    private ChainBuilder outcome(String request) {
        return exec(session -> {
            if (session.isFailed()) {
                String code = session.contains("code") ? String.valueOf(session.getInt("code")) : "no response";
                refused.computeIfAbsent(request + " " + code, k -> new AtomicInteger()).incrementAndGet();
            }
            return session.remove("code");
        });
    }

    @Override
    public void after() {
        double seconds = (last.get() - first.get()) / 1e9;
        Map<String, Integer> refusals = new TreeMap<>();
        refused.forEach((key, count) -> refusals.put(key, count.get()));
        String report = String.format("""
                Exam start on %s: %d learners, arriving %s
                in their attempt: %d of %d, the last %.1f s after the first arrived
                refused or failed: %s
                """, BASE, LEARNERS, RAMP.isZero() ? "all at once" : "over " + RAMP.toSeconds() + " s",
                entered.get(), LEARNERS, entered.get() == 0 ? 0.0 : seconds,
                refusals.isEmpty() ? "none" : refusals);
        LOG.info(report);
        if (!OUT.isBlank()) {
            try {
                Files.writeString(Path.of(OUT), report);
            } catch (IOException e) {
                LOG.warning("Cannot write " + OUT + ": " + e);
            }
        }
    }
}
