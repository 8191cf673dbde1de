package org.greencustoms.elearning.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.logging.Logger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report benchmark: fills the running benchmark server's database ({@link ReportData}), then asks for the
 * progress matrix, the item analysis and the programme indicators, as pages and over REST, as the trainer who runs
 * the cohort and as an administrator. Each request carries an id that the server's {@code RequestTiming} logs with
 * its server time and its SQL statement count; this reads them back from the server's log and reports the median
 * and 95th percentile of the server time and the statements per request, against the target of 300 ms.
 * <p>
 * Arguments: base URL, JDBC URL, user, password followed by "-", the server's messages.log, the report file.
 */
public final class ReportsBenchmark {

    private static final Logger LOG = Logger.getLogger(ReportsBenchmark.class.getName());

    static final int WARM_UP = Integer.getInteger("bench.warmup", 20);
    static final int RUNS = Integer.getInteger("bench.runs", 20);
    static final double TARGET_MS = 300;
    private static final Pattern TIMING = Pattern.compile("bench-timing id=(\\S+) ms=([0-9.]+) statements=(\\d+)");

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        // Maven drops an empty argument: the password comes with a "-" after it.
        args[3] = args[3].substring(0, args[3].length() - 1);
        awaitReady(base);
        long cohort;
        String module;
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            ReportData.main(new String[] {"data", args[1], args[2], args[3]});
            cohort = single(db, "select max(id) from cohort where name like 'Benchmark cohort%'");
            module = string(db, """
                    select m.slug from module m join cohort_module c on c.module_id = m.id
                    where c.cohort_id = %d order by m.slug""".formatted(cohort));
        }
        Path log = Path.of(args[4]);
        long logStart = Files.exists(log) ? Files.size(log) : 0;

        Map<String, String> asTrainer = new LinkedHashMap<>();
        asTrainer.put("matrix-page", "/trainer/progress.xhtml?id=" + cohort);
        asTrainer.put("matrix-page-sorted-by-progress", "/trainer/progress.xhtml?id=" + cohort + "&sort=PROGRESS&desc=true");
        asTrainer.put("matrix-rest", "/api/v1/reports/cohorts/" + cohort + "/progress?limit=50");
        asTrainer.put("items-page", "/trainer/items.xhtml?cohort=" + cohort + "&module=" + module);
        asTrainer.put("items-rest-all-attempts", "/api/v1/reports/items?cohort=" + cohort + "&module=" + module
                + "&attempts=all");
        asTrainer.put("indicators-page-trainer", "/trainer/indicators.xhtml?by=country&from=2026-01-01&to=2026-12-31");
        Map<String, String> asAdmin = new LinkedHashMap<>();
        asAdmin.put("items-rest-everyone", "/api/v1/reports/items?module=" + module);
        asAdmin.put("indicators-page-admin", "/trainer/indicators.xhtml?by=agreement&from=2026-01-01&to=2026-12-31");
        asAdmin.put("indicators-rest-region", "/api/v1/reports/indicators?by=region&from=2026-01-01&to=2026-12-31");

        Map<String, List<Double>> client = new LinkedHashMap<>();
        run(base, "trainer", asTrainer, client);
        run(base, "admin", asAdmin, client);
        Thread.sleep(2000);

        Map<String, List<double[]>> server = new LinkedHashMap<>();
        String logged = Files.readString(log).substring((int) logStart);
        Matcher m = TIMING.matcher(logged);
        while (m.find()) {
            String id = m.group(1);
            if (id.contains(".run.")) {
                server.computeIfAbsent(id.substring(0, id.indexOf(".run.")), k -> new ArrayList<>())
                        .add(new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))});
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Report benchmark: %d learners x %d modules x %d attempts of %d questions; %d runs after %d warm-up"
                        + " (%s)%n%-32s %12s %12s %12s %11s%n", ReportData.LEARNERS, ReportData.MODULES,
                ReportData.ATTEMPTS, ReportData.QUESTIONS, RUNS, WARM_UP, args[1].split(":")[1], "request",
                "server p50", "server p95", "client p50", "statements"));
        boolean over = false;
        for (String name : client.keySet()) {
            List<double[]> timings = server.getOrDefault(name, List.of());
            List<Double> ms = new ArrayList<>(timings.stream().map(t -> t[0]).toList());
            int statements = (int) timings.stream().mapToDouble(t -> t[1]).max().orElse(-1);
            double p50 = percentile(ms, 50);
            over |= p50 > TARGET_MS;
            report.append(String.format(Locale.ROOT, "%-32s %9.1f ms %9.1f ms %9.1f ms %11d%s%n", name, p50,
                    percentile(ms, 95), percentile(client.get(name), 50), statements,
                    p50 > TARGET_MS ? "  OVER " + (int) TARGET_MS + " ms" : ""));
        }
        LOG.info(report::toString);
        Files.writeString(Path.of(args[5]), report);
        if (over && Boolean.getBoolean("bench.strict")) {
            throw new IllegalStateException("A report is over its target of " + TARGET_MS + " ms");
        }
    }

    /**
     * Until the application has started (its content imported): the server's "ready" comes before it, and an H2
     * connection made before the server's own would create the database in this process.
     */
    private static void awaitReady(String base) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // The application is not listening yet.
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The server at " + base + " did not become ready in 10 minutes");
    }

    private static void run(String base, String username, Map<String, String> targets,
            Map<String, List<Double>> client) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
                        + "\",\"password\":\"green-customs\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 200) {
            throw new IllegalStateException("Sign-in as " + username + ": " + signIn.statusCode() + " " + signIn.body());
        }
        for (Map.Entry<String, String> target : targets.entrySet()) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                String id = target.getKey() + (i < WARM_UP ? ".warm." : ".run.") + i;
                long started = System.nanoTime();
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + target.getValue()))
                        .header("X-Bench-Id", id).header("Accept-Language", "en").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - started) / 1e6;
                if (answer.statusCode() != 200 || answer.body().contains("Not signed in")) {
                    throw new IllegalStateException(target.getValue() + " as " + username + ": "
                            + answer.statusCode() + " " + answer.body().substring(0, Math.min(500,
                                    answer.body().length())));
                }
                if (i >= WARM_UP) {
                    times.add(ms);
                }
            }
            client.put(target.getKey(), times);
        }
    }

    private static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String string(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
