package org.greencustoms.elearning.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * The crash test: learners save answers continuously, the server's JVM is killed with SIGKILL at a random moment,
 * the server is started again, and every answer it had answered 200 for must be there. Repeated {@code kills}
 * times; given the commands that stop and start the database, an outage follows (see {@link DatabaseOutage}).
 *
 * <p>Arguments: wlp folder, server name, base URL, kills, learners, report file, and optionally the shell commands
 * that stop and start the database. Exits 1 when an acknowledged answer is missing.
 */
public final class CrashTest {

    private static final Logger LOG = Logger.getLogger(CrashTest.class.getName());
    private static final String PASSWORD = "durability learner password";

    public static void main(String[] args) throws Exception {
        LibertyServer server = new LibertyServer(Path.of(args[0]), args[1], args[2]);
        int kills = Integer.parseInt(args[3]);
        int learners = Integer.parseInt(args[4]);
        Report report = new Report(Path.of(args[5]));
        String stopDatabase = args.length > 7 ? args[6].substring(1).strip() : "";
        String startDatabase = args.length > 7 ? args[7].substring(1).strip() : "";
        boolean passed;
        try {
            report.line("Server started and ready in %d s", server.start().toSeconds());
            List<Learner> officers = enrol(server.base(), learners + 1);
            Learner onThePage = officers.remove(learners);
            passed = crashes(server, officers, kills, report);
            if (!stopDatabase.isEmpty()) {
                passed &= new DatabaseOutage(server, officers, onThePage, stopDatabase, startDatabase, report).run();
            }
        } finally {
            server.stop();
        }
        report.line(passed ? "PASSED" : "FAILED");
        System.exit(passed ? 0 : 1);
    }

    /** New accounts for this run, each signed in with one attempt in progress. */
    private static List<Learner> enrol(String base, int count) throws Exception {
        Learner admin = new Learner(base, "admin", "green-customs");
        admin.signIn();
        String run = Long.toString(Instant.now().getEpochSecond(), 36);
        List<Learner> officers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = "crash-" + run + "-" + i;
            var created = admin.send("POST", "/api/v1/accounts", """
                    {"username": "%s", "displayName": "Crash test learner %d", "password": "%s", "roles": ["LEARNER"]}"""
                    .formatted(username, i, PASSWORD));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Cannot create " + username + ": " + created.body());
            }
            Learner officer = new Learner(base, username, PASSWORD);
            officer.signIn();
            officer.startAttempt();
            officers.add(officer);
        }
        return officers;
    }

    private static boolean crashes(LibertyServer server, List<Learner> officers, int kills, Report report)
            throws Exception {
        long lostInAll = 0;
        long acknowledgedInAll = 0;
        for (int kill = 1; kill <= kills; kill++) {
            long before = officers.stream().mapToLong(Learner::acknowledged).sum();
            Duration load = Duration.ofMillis(ThreadLocalRandom.current().nextLong(2_000, 8_000));
            Saving saving = Saving.start(officers);
            Thread.sleep(load.toMillis());
            saving.stopCounting();
            server.kill();
            saving.stop();
            long acknowledged = officers.stream().mapToLong(Learner::acknowledged).sum() - before;
            Duration restart = server.start();
            long lost = 0;
            long committedUnanswered = 0;
            for (Learner officer : officers) {
                officer.signIn();
                long stored = officer.stored();
                if (stored < officer.acknowledged()) {
                    lost++;
                    report.line("  LOST: %s had save %d acknowledged, the server holds %d", officer.username,
                            officer.acknowledged(), stored);
                } else if (stored > officer.acknowledged()) {
                    committedUnanswered++;
                }
            }
            lostInAll += lost;
            acknowledgedInAll += acknowledged;
            report.line("Kill %d after %.1f s of saving: %d saves acknowledged (%.0f per second; refused before the kill: %s), "
                    + "%d of %d learners lost an acknowledged answer, %d had a save committed whose answer the "
                    + "kill cut off; restarted in %d s", kill, load.toMillis() / 1000.0, acknowledged,
                    acknowledged / (load.toMillis() / 1000.0), saving.failures(), lost, officers.size(),
                    committedUnanswered, restart.toSeconds());
        }
        report.line("Crash test: %d kills, %d learners, %d acknowledged saves, %d lost", kills, officers.size(),
                acknowledgedInAll, lostInAll);
        return lostInAll == 0;
    }

    /** Every learner saving, one save after another, until stopped. */
    static final class Saving {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private volatile boolean counting = true;
        private final Map<Integer, LongAdder> failures = new ConcurrentHashMap<>();
        private final ExecutorService pool;
        private final List<Future<?>> loops = new ArrayList<>();

        private Saving(int size) {
            pool = Executors.newFixedThreadPool(size);
        }

        static Saving start(List<Learner> officers) {
            Saving saving = new Saving(officers.size());
            for (Learner officer : officers) {
                saving.loops.add(saving.pool.submit(() -> {
                    while (saving.running.get()) {
                        int status = officer.saveNext();
                        if (status != 200) {
                            if (saving.counting) {
                                saving.failures.computeIfAbsent(status, s -> new LongAdder()).increment();
                            }
                            Thread.sleep(200);
                        }
                    }
                    return null;
                }));
            }
            return saving;
        }

        /** From now on, failures are expected (the server is about to be killed) and not counted. */
        void stopCounting() {
            counting = false;
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get();
            }
            pool.shutdown();
        }

        /** Saves not acknowledged, by status code (-1: the connection failed). */
        Map<Integer, Long> failures() {
            Map<Integer, Long> byStatus = new TreeMap<>();
            failures.forEach((status, count) -> byStatus.put(status, count.sum()));
            return byStatus;
        }
    }

    /** Lines to the console and to the report file. */
    static final class Report {
        private final Path file;

        Report(Path file) throws IOException {
            this.file = file;
            Files.createDirectories(file.getParent());
            Files.writeString(file, "");
        }

        void line(String format, Object... args) throws IOException {
            String line = String.format(Locale.ROOT, format, args);
            LOG.info(line);
            Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.APPEND);
        }
    }
}
