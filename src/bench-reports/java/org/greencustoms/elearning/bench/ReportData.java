package org.greencustoms.elearning.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Fills a platform's database with what the report benchmark reads: {@code learners} officers of 30 administrations
 * in four languages, in one cohort run by the demo trainer and assigned {@code modules} modules, each officer with
 * units read and {@code attempts} submitted attempts of {@code questions} questions per module, and certificates
 * for those who passed. Marks follow each officer's ability and each question's difficulty, so the statistics are
 * neither flat nor random.
 * <p>
 * Two steps: {@code content <bundled> <target> <modules>} copies the bundled packages and adds copies under new ids
 * until there are {@code modules}, for the server to import at start; {@code data <jdbc-url> <user> <password>}
 * then writes the rows straight into the running server's database (H2 in AUTO_SERVER mode, or PostgreSQL), in
 * batches, and is deterministic (seed 42).
 */
public final class ReportData {

    private static final Logger LOG = Logger.getLogger(ReportData.class.getName());

    static final int LEARNERS = Integer.getInteger("bench.learners", 500);
    static final int MODULES = Integer.getInteger("bench.modules", 20);
    static final int ATTEMPTS = Integer.getInteger("bench.attempts", 3);
    static final int QUESTIONS = Integer.getInteger("bench.questions", 16);
    private static final String[] LANGUAGES = {"en", "en", "en", "fr", "fr", "es", "pt"};
    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private final Random random = new Random(42);

    private record Version(long moduleId, long versionId, List<String> units, List<String> questions,
            double[] difficulty) {
    }

    private ReportData() {
    }

    public static void main(String[] args) throws Exception {
        if ("content".equals(args[0])) {
            content(Path.of(args[1]), Path.of(args[2]), MODULES);
        } else {
            try (Connection db = DriverManager.getConnection(args[1], args[2], args.length > 3 ? args[3] : "")) {
                new ReportData().fill(db);
            }
        }
    }

    /** The bundled packages, then copies of them under new ids until there are as many modules as asked. */
    static void content(Path bundled, Path target, int modules) throws IOException {
        List<Path> packages;
        try (Stream<Path> list = Files.list(bundled)) {
            packages = list.filter(p -> Files.isRegularFile(p.resolve("module.yaml"))).sorted().toList();
        }
        for (int i = 0; i < Math.max(modules, packages.size()); i++) {
            Path source = packages.get(i % packages.size());
            String id = source.getFileName() + (i < packages.size() ? "" : "-copy-" + (i / packages.size()));
            Path copy = target.resolve(id);
            copyTree(source, copy);
            if (i >= packages.size()) {
                Path yaml = copy.resolve("module.yaml");
                String text = Files.readString(yaml).replaceFirst("(?m)^id: .*$", "id: " + id)
                        .replaceFirst("(?m)^(  en: \")", "$1(copy " + (i / packages.size()) + ") ");
                Files.writeString(yaml, text);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    void fill(Connection db) throws SQLException {
        db.setAutoCommit(false);
        if (count(db, "select count(*) from user_account where username like 'bench-%'") > 0) {
            LOG.info("The database already has the benchmark's data");
            return;
        }
        long started = System.nanoTime();
        List<Version> versions = versions(db);
        if (versions.size() < MODULES) {
            throw new IllegalStateException("Only " + versions.size() + " published modules; " + MODULES
                    + " needed: start the server on the benchmark's content (ReportData content)");
        }
        versions = versions.subList(0, MODULES);
        List<String> administrations = strings(db, "select code from administration order by code");
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            chosen.add(administrations.get((i * 7) % administrations.size()));
        }
        long trainer = count(db, "select id from user_account where username = 'trainer'");
        long cohort = insertCohort(db, trainer, chosen, versions);
        long[] learners = insertLearners(db, cohort, chosen);
        long rows = activity(db, learners, versions);
        restartIdentities(db);
        db.commit();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        LOG.info(String.format("%d learners x %d modules x %d attempts of %d questions: %d rows in %d s", LEARNERS,
                MODULES, ATTEMPTS, QUESTIONS, rows, seconds));
    }

    private List<Version> versions(Connection db) throws SQLException {
        List<Version> versions = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                select v.module_id, v.id from module_version v join module m on m.id = v.module_id
                where v.status = 'PUBLISHED' order by m.slug""")) {
            while (r.next()) {
                long versionId = r.getLong(2);
                List<String> units = strings(db, "select unit_key from unit where module_version_id = " + versionId
                        + " order by position");
                List<String> questions = strings(db, "select question_key from question where module_version_id = "
                        + versionId + " order by position");
                questions = questions.subList(0, Math.min(QUESTIONS, questions.size()));
                double[] difficulty = new double[questions.size()];
                for (int i = 0; i < difficulty.length; i++) {
                    difficulty[i] = random.nextGaussian() * 1.2 - 0.8;
                }
                versions.add(new Version(r.getLong(1), versionId, units, questions, difficulty));
            }
        }
        return versions;
    }

    private long insertCohort(Connection db, long trainer, List<String> administrations, List<Version> versions)
            throws SQLException {
        long id = count(db, "select coalesce(max(id), 0) + 1 from cohort");
        update(db, "insert into cohort (id, name, place, starts_on, ends_on, created_by, created_at) values (?, ?, ?,"
                + " ?, ?, 'trainer', ?)", id, "Benchmark cohort (" + LEARNERS + " officers)", "Benchmark",
                java.sql.Date.valueOf(LocalDate.of(2026, 1, 5)), java.sql.Date.valueOf(LocalDate.of(2026, 12, 18)),
                Timestamp.from(START));
        update(db, "insert into cohort_trainer (cohort_id, user_id) values (?, ?)", id, trainer);
        try (PreparedStatement p = db.prepareStatement(
                "insert into cohort_administration (cohort_id, administration_code) values (?, ?)")) {
            for (String code : new java.util.TreeSet<>(administrations)) {
                p.setLong(1, id);
                p.setString(2, code);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement(
                "insert into cohort_module (cohort_id, module_id, due_on) values (?, ?, ?)")) {
            for (int i = 0; i < versions.size(); i++) {
                p.setLong(1, id);
                p.setLong(2, versions.get(i).moduleId());
                p.setObject(3, i % 3 == 0 ? java.sql.Date.valueOf(LocalDate.of(2026, 6, 30)) : null);
                p.addBatch();
            }
            p.executeBatch();
        }
        return id;
    }

    private long[] insertLearners(Connection db, long cohort, List<String> administrations) throws SQLException {
        long first = count(db, "select coalesce(max(id), 0) + 1 from user_account");
        long[] ids = new long[LEARNERS];
        try (PreparedStatement account = db.prepareStatement("""
                insert into user_account (id, username, display_name, email, password_hash, preferred_language,
                  administration_code, created_at, failed_logins, demo, disabled)
                values (?, ?, ?, null, '!', ?, ?, ?, 0, false, false)""");
                PreparedStatement role = db.prepareStatement(
                        "insert into user_role (user_id, role) values (?, 'LEARNER')");
                PreparedStatement enrolment = db.prepareStatement(
                        "insert into cohort_learner (cohort_id, user_id, enrolled_at) values (?, ?, ?)")) {
            for (int i = 0; i < LEARNERS; i++) {
                ids[i] = first + i;
                account.setLong(1, ids[i]);
                account.setString(2, String.format("bench-%04d", i + 1));
                account.setString(3, String.format("Officer %04d", i + 1));
                account.setString(4, LANGUAGES[i % LANGUAGES.length]);
                account.setString(5, administrations.get(i % administrations.size()));
                account.setTimestamp(6, Timestamp.from(START));
                account.addBatch();
                role.setLong(1, ids[i]);
                role.addBatch();
                enrolment.setLong(1, cohort);
                enrolment.setLong(2, ids[i]);
                enrolment.setTimestamp(3, Timestamp.from(START.plus(i % 60, ChronoUnit.DAYS)));
                enrolment.addBatch();
            }
            account.executeBatch();
            role.executeBatch();
            enrolment.executeBatch();
        }
        return ids;
    }

    /** Units read, attempts with their answers, certificates; returns the rows written. */
    private long activity(Connection db, long[] learners, List<Version> versions) throws SQLException {
        long attemptId = count(db, "select coalesce(max(id), 0) + 1 from attempt");
        long certificateId = count(db, "select coalesce(max(id), 0) + 1 from certificate");
        long rows = 0;
        try (PreparedStatement unit = db.prepareStatement("""
                insert into unit_progress (learner_id, module_id, unit_key, first_viewed_at, completed_at)
                values (?, ?, ?, ?, ?)""");
                PreparedStatement attempt = db.prepareStatement("""
                        insert into attempt (id, learner_id, module_id, module_version_id, attempt_number,
                          question_order, option_orders, started_at, submitted_at, points, percent, passed,
                          attempt_language)
                        values (?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?)""");
                PreparedStatement response = db.prepareStatement("""
                        insert into attempt_response (attempt_id, question_key, answer_json, saved_at, points,
                          fraction, client_sequence) values (?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement certificate = db.prepareStatement("""
                        insert into certificate (id, code, learner_id, module_id, module_version_id, learner_name,
                          percent, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int l = 0; l < learners.length; l++) {
                double ability = random.nextGaussian();
                String language = LANGUAGES[l % LANGUAGES.length];
                for (Version v : versions) {
                    Instant at = START.plus(random.nextInt(320), ChronoUnit.DAYS).plus(random.nextInt(600),
                            ChronoUnit.MINUTES);
                    int read = random.nextInt(10) < 7 ? v.units().size() : random.nextInt(v.units().size() + 1);
                    for (int u = 0; u < read; u++) {
                        unit.setLong(1, learners[l]);
                        unit.setLong(2, v.moduleId());
                        unit.setString(3, v.units().get(u));
                        unit.setTimestamp(4, Timestamp.from(at.plus(u * 20L, ChronoUnit.MINUTES)));
                        unit.setTimestamp(5, Timestamp.from(at.plus(u * 20L + 15, ChronoUnit.MINUTES)));
                        unit.addBatch();
                        rows++;
                    }
                    Double best = null;
                    Instant passedAt = null;
                    for (int n = 1; n <= ATTEMPTS; n++) {
                        Instant startedAt = at.plus(2L * n, ChronoUnit.DAYS);
                        List<String> order = new ArrayList<>(v.questions());
                        Collections.shuffle(order, random);
                        double points = 0;
                        for (int q = 0; q < v.questions().size(); q++) {
                            // Learners improve a little with each attempt.
                            double logit = ability + 0.3 * (n - 1) - v.difficulty()[q];
                            boolean right = random.nextDouble() < 1 / (1 + Math.exp(-logit));
                            int option = right ? 1 : 2 + random.nextInt(3);
                            points += right ? 1 : 0;
                            response.setLong(1, attemptId);
                            response.setString(2, v.questions().get(q));
                            response.setString(3, "{\"option\":\"option-" + option + "\"}");
                            response.setTimestamp(4, Timestamp.from(startedAt.plusSeconds(40L * q)));
                            response.setDouble(5, right ? 1 : 0);
                            response.setDouble(6, right ? 1 : 0);
                            response.setLong(7, q + 1);
                            response.addBatch();
                            rows++;
                        }
                        double percent = 100.0 * points / v.questions().size();
                        boolean passed = percent >= 70;
                        attempt.setLong(1, attemptId);
                        attempt.setLong(2, learners[l]);
                        attempt.setLong(3, v.moduleId());
                        attempt.setLong(4, v.versionId());
                        attempt.setInt(5, n);
                        attempt.setString(6, String.join(",", order));
                        attempt.setTimestamp(7, Timestamp.from(startedAt));
                        attempt.setTimestamp(8, Timestamp.from(startedAt.plus(15, ChronoUnit.MINUTES)));
                        attempt.setDouble(9, points);
                        attempt.setDouble(10, percent);
                        attempt.setBoolean(11, passed);
                        attempt.setString(12, language);
                        attempt.addBatch();
                        attemptId++;
                        rows++;
                        if (passed && passedAt == null) {
                            passedAt = startedAt.plus(15, ChronoUnit.MINUTES);
                        }
                        best = best == null ? percent : Math.max(best, percent);
                    }
                    if (passedAt != null && read == v.units().size()) {
                        certificate.setLong(1, certificateId);
                        certificate.setString(2, String.format("BENCH-%08d", certificateId));
                        certificate.setLong(3, learners[l]);
                        certificate.setLong(4, v.moduleId());
                        certificate.setLong(5, v.versionId());
                        certificate.setString(6, String.format("Officer %04d", l + 1));
                        certificate.setDouble(7, best);
                        certificate.setTimestamp(8, Timestamp.from(passedAt));
                        certificate.addBatch();
                        certificateId++;
                        rows++;
                    }
                }
                // Attempts before their responses (the foreign key), a learner at a time.
                unit.executeBatch();
                attempt.executeBatch();
                response.executeBatch();
                certificate.executeBatch();
            }
        }
        return rows + learners.length;
    }

    /** Rows inserted with explicit ids leave identity columns behind: move them past the highest id. */
    private static void restartIdentities(Connection db) throws SQLException {
        boolean postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        for (String table : List.of("user_account", "cohort", "attempt", "certificate")) {
            long next = count(db, "select coalesce(max(id), 0) + 1 from " + table);
            try (Statement s = db.createStatement()) {
                s.execute(postgres
                        ? "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)"
                        : "alter table " + table + " alter column id restart with " + next);
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
        }
    }
}
