package org.greencustoms.elearning.durability;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The database goes away while learners save, and comes back: readiness must say DOWN while it is away and UP
 * after, without restarting the server; failed saves must answer 503 (the save bar's "not saved, retrying"), never
 * 500; every learner's saves must get through again, and every acknowledged one must be there. One more learner is on
 * the quiz page in Chromium: what they type during the outage is "not saved" on the save bar, and saved once the
 * database is back, without reloading the page.
 */
final class DatabaseOutage {

    private static final Duration AWAY = Duration.ofSeconds(8);

    private final LibertyServer server;
    private final List<Learner> officers;
    private final Learner onThePage;
    private final String stopCommand;
    private final String startCommand;
    private final CrashTest.Report report;

    DatabaseOutage(LibertyServer server, List<Learner> officers, Learner onThePage, String stopCommand,
            String startCommand, CrashTest.Report report) {
        this.server = server;
        this.officers = officers;
        this.onThePage = onThePage;
        this.stopCommand = stopCommand;
        this.startCommand = startCommand;
        this.report = report;
    }

    boolean run() throws Exception {
        for (Learner officer : officers) {
            officer.signIn();
        }
        onThePage.signIn();
        try (SaveBar page = new SaveBar(server.base(), onThePage)) {
            return run(page);
        }
    }

    private boolean run(SaveBar page) throws Exception {
        CrashTest.Saving saving = CrashTest.Saving.start(officers);
        Thread.sleep(2_000);
        shell(stopCommand);
        Instant stopped = Instant.now();
        Duration down = server.awaitReadiness(503, Duration.ofSeconds(30));
        String typed = "typed while the database was away";
        page.type(typed);
        String notSaved = page.awaitState("offline", Duration.ofSeconds(20));
        boolean stayed = page.onAttemptPage();
        Thread.sleep(AWAY.toMillis());
        Map<Integer, Long> duringOutage = saving.failures();
        long[] before = officers.stream().mapToLong(Learner::acknowledged).toArray();
        shell(startCommand);
        Duration up = server.awaitReadiness(200, Duration.ofMinutes(2));
        Instant recovered = Instant.now();
        String saved = page.awaitState("saved", Duration.ofSeconds(45));
        Duration pageRecovered = Duration.between(recovered, Instant.now());
        boolean pageArrived = typed.equals(onThePage.storedText());
        Thread.sleep(Math.max(0, 5_000 - pageRecovered.toMillis()));
        saving.stop();
        int stuck = 0;
        int lost = 0;
        for (int i = 0; i < officers.size(); i++) {
            Learner officer = officers.get(i);
            if (officer.acknowledged() <= before[i]) {
                stuck++;
                report.line("  STUCK: %s had no save acknowledged after the database returned", officer.username);
            }
            if (officer.stored() < officer.acknowledged()) {
                lost++;
                report.line("  LOST: %s had save %d acknowledged, the server holds %d", officer.username,
                        officer.acknowledged(), officer.stored());
            }
        }
        boolean only503 = duringOutage.keySet().stream().allMatch(status -> status == 503);
        report.line("Save bar in Chromium: '%s' during the outage (%s); '%s' %.1f s after readiness UP, and the "
                + "server holds %s", notSaved, stayed ? "still on the quiz page" : "NOT on the quiz page", saved,
                pageRecovered.toMillis() / 1000.0, pageArrived ? "what was typed" : "NOT what was typed");
        report.line("Database outage of %d s: readiness DOWN %.1f s after the stop, UP %.1f s after the start "
                + "(no server restart); saves refused during the outage, by status: %s; %d of %d learners saving "
                + "again within 5 s of readiness UP; %d lost an acknowledged answer",
                Duration.between(stopped, recovered).toSeconds(), down.toMillis() / 1000.0, up.toMillis() / 1000.0,
                duringOutage, officers.size() - stuck, officers.size(), lost);
        if (!only503) {
            report.line("  Saves during the outage must answer 503 (the save bar retries), not %s", duringOutage);
        }
        return stuck == 0 && lost == 0 && only503 && !duringOutage.isEmpty() && stayed && pageArrived;
    }

    private void shell(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("'" + command + "' answered " + process.exitValue());
        }
    }
}
