package org.greencustoms.elearning.people.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.SignedIn;
import org.greencustoms.elearning.assessment.boundary.AttemptReview;
import org.greencustoms.elearning.assessment.boundary.Attempts;
import org.greencustoms.elearning.assessment.control.Answer;
import org.greencustoms.elearning.audit.boundary.AuditLog;
import org.greencustoms.elearning.content.boundary.ContentImport;
import org.greencustoms.elearning.content.boundary.PackageFolder;
import org.greencustoms.elearning.people.control.EnrolmentRow;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.progress.boundary.Reading;
import org.greencustoms.elearning.reporting.boundary.CohortProgress;
import org.greencustoms.elearning.reporting.boundary.IndicatorReport;
import org.greencustoms.elearning.reporting.boundary.Indicators;
import org.greencustoms.elearning.reporting.boundary.ItemReport;
import org.greencustoms.elearning.reporting.boundary.ItemReports;
import org.greencustoms.elearning.reporting.boundary.LearnerDetail;
import org.greencustoms.elearning.reporting.boundary.LearnerReports;
import org.greencustoms.elearning.reporting.boundary.ProgressMatrix;
import org.greencustoms.elearning.reporting.control.CellStatus;
import org.greencustoms.elearning.reporting.control.IndicatorCounter;
import org.greencustoms.elearning.reporting.control.MatrixFilter;
import org.greencustoms.elearning.reporting.control.ModuleFacts;
import org.greencustoms.elearning.reporting.control.QuestionStatistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cohorts on Liberty: a trainer's cohort, CSV enrolment (whole or nothing, the same file twice changes nothing), the
 * progress matrix and a learner's detail as the learner moves on, and scope: another trainer's cohort is not found
 * and the attempt is audited.
 */
@ExtendWith(ArquillianExtension.class)
class CohortsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWithAssertions("cohorts-it").addClass(PackageFolder.class);
    }

    @Inject
    SignedIn signedIn;

    @Inject
    Cohorts cohorts;

    @Inject
    CohortProgress progress;

    @Inject
    LearnerReports learnerReports;

    @Inject
    Attempts attempts;

    @Inject
    Reading reading;

    @Inject
    ContentImport contentImport;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    @Inject
    SignIn signIn;

    @Inject
    ItemReports itemReports;

    @Inject
    Indicators indicators;

    private String suffix;
    private String trainer;

    @BeforeEach
    void setUp() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        trainer = signedIn.newAccount("trainer", Set.of(Role.TRAINER));
    }

    @Test
    void aGoodFileEnrolsNewAndExistingOfficersAndTheSameFileAgainChangesNothing() {
        String existing = signedIn.newAccount("existing", Set.of(Role.LEARNER));
        long cohort = cohort("SADC workshop, Lilongwe");
        byte[] file = ("\uFEFFusername;full name;email;administration;language\n"
                + existing + ";Existing Officer;;MW;\n"
                + "new1-" + suffix + ";Chimwemwe Banda;c.banda@mra.example;MW;en\n"
                + "\"NEW2-" + suffix + "\";\"Ana Tembe, junior\";;MZ;pt\n").getBytes(StandardCharsets.UTF_8);

        EnrolmentReport preview = as(trainer).preview(cohort, file);
        assertThat(preview.applied()).isFalse();
        assertThat(preview.problems()).isEmpty();
        assertThat(cohorts.learners(cohort)).as("a preview changes nothing").isEmpty();

        EnrolmentReport report = cohorts.importFile(cohort, file);

        assertThat(report.applied()).isTrue();
        assertThat(report.rows()).extracting(EnrolmentReport.Row::line, EnrolmentReport.Row::outcome).containsExactly(
                tuple(2, EnrolmentReport.Outcome.EXISTING_ACCOUNT), tuple(3, EnrolmentReport.Outcome.NEW_ACCOUNT),
                tuple(4, EnrolmentReport.Outcome.NEW_ACCOUNT));
        assertThat(report.links()).extracting(l -> l.username())
                .containsExactly("new1-" + suffix, "new2-" + suffix);
        assertThat(report.links()).allSatisfy(l -> assertThat(l.path()).startsWith("/set-password.xhtml?token="));
        assertThat(cohorts.learners(cohort)).extracting(AccountRow::username, AccountRow::administration)
                .containsExactlyInAnyOrder(tuple(existing, null), tuple("new1-" + suffix, "MW"),
                        tuple("new2-" + suffix, "MZ"));
        assertThat(cohorts.learners(cohort)).filteredOn(a -> a.username().equals("new2-" + suffix))
                .singleElement().satisfies(a -> {
                    assertThat(a.displayName()).isEqualTo("Ana Tembe, junior");
                    assertThat(a.language()).isEqualTo("pt");
                });

        EnrolmentReport again = cohorts.importFile(cohort, file);

        assertThat(again.applied()).isTrue();
        assertThat(again.rows()).extracting(EnrolmentReport.Row::outcome)
                .containsOnly(EnrolmentReport.Outcome.ALREADY_ENROLLED);
        assertThat(again.links()).as("no account made, no link issued").isEmpty();
        assertThat(cohorts.get(cohort).learnerCount()).isEqualTo(3);
        assertThat(auditActions(cohort)).contains("COHORT_CREATED", "COHORT_ENROLLED");
    }

    @Test
    void aFileWithAnyBadRowEnrolsNobodyAndSaysWhatIsWrongWithEachRow() {
        String author = signedIn.newAccount("author", Set.of(Role.AUTHOR));
        long cohort = cohort("UEMOA workshop, Niamey");
        byte[] file = ("username,full name,email,administration,language\n"
                + "good-" + suffix + ",Good Officer,,NE,fr\n"
                + "dup-" + suffix + ",First,,NE,fr\n"
                + "dup-" + suffix + ",Second,,NE,fr\n"
                + "bad-admin-" + suffix + ",Unknown Country,,XX,fr\n"
                + "bad-mail-" + suffix + ",Bad Mail,not-an-address,NE,fr\n"
                + "no-name-" + suffix + ",,,NE,fr\n"
                + author + ",An Author,,NE,fr\n").getBytes(StandardCharsets.UTF_8);

        EnrolmentReport report = as(trainer).importFile(cohort, file);

        assertThat(report.applied()).isFalse();
        assertThat(report.links()).isEmpty();
        assertThat(report.problems()).extracting(EnrolmentReport.Problem::line, EnrolmentReport.Problem::column,
                EnrolmentReport.Problem::messageKey).contains(
                        tuple(4, "username", "enrol.csv.duplicate"),
                        tuple(5, "administration", "enrol.csv.unknownAdministration"),
                        tuple(6, "email", "enrol.csv.badEmail"),
                        tuple(7, "full name", "enrol.csv.missing"),
                        tuple(8, "username", "enrol.notLearner"));
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(cohorts.learners(cohort)).isEmpty();
        assertThat(accountsNamed("good-" + suffix)).as("no account made for a good row either").isZero();
    }

    @Test
    void aFileThatIsNotUtf8CsvIsRefusedAsAWhole() {
        long cohort = cohort("Latin-1");
        byte[] latin1 = "username,full name\nzoe,Zoé Koné\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tabs = "username\tfull name\nzoe\tZoe\n".getBytes(StandardCharsets.UTF_8);

        assertThat(as(trainer).importFile(cohort, latin1).problems()).extracting(EnrolmentReport.Problem::messageKey)
                .containsExactly("enrol.csv.badEncoding");
        assertThat(cohorts.importFile(cohort, tabs).problems()).extracting(EnrolmentReport.Problem::messageKey)
                .containsExactly("enrol.csv.badDelimiter");
        assertThat(cohorts.importFile(cohort, new byte[0]).problems()).extracting(EnrolmentReport.Problem::messageKey)
                .containsExactly("enrol.csv.empty");
    }

    @Test
    void anotherTrainersCohortIsNotFoundAndTheAttemptIsAudited() {
        long cohort = cohort("Private class");
        String other = signedIn.newAccount("other", Set.of(Role.TRAINER));

        signedIn.as(other);
        assertThatThrownBy(() -> cohorts.get(cohort)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.matrix(cohort, MatrixFilter.none(), 0, 50, "en"))
                .isInstanceOf(NotFoundException.class);
        assertThat(cohorts.visible()).extracting(CohortView::id).doesNotContain(cohort);

        signedIn.asDemo("admin");
        assertThat(audit.search(new AuditLog.Query(other, "ACCESS_DENIED", String.valueOf(cohort), null, null), 0,
                10).total()).isEqualTo(2);
        assertThat(cohorts.get(cohort).name()).as("an administrator sees every cohort").isEqualTo("Private class " + suffix);
    }

    @Test
    void learnersMayNotUseTheCohortsBoundary() {
        signedIn.newLearner("curious");

        assertThatThrownBy(() -> cohorts.visible()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> progress.matrix(1, MatrixFilter.none(), 0, 50, "en"))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void coTrainersRunTheCohortTooAndTheLastTrainerStays() {
        long cohort = cohort("Shared");
        String co = signedIn.newAccount("co", Set.of(Role.TRAINER));
        String learner = signedIn.newAccount("not-a-trainer", Set.of(Role.LEARNER));

        CohortView view = as(trainer).addTrainer(cohort, co.toUpperCase());
        assertThat(view.trainers()).extracting(CohortView.Trainer::username).containsExactlyInAnyOrder(trainer, co);
        assertThatThrownBy(() -> cohorts.addTrainer(cohort, learner))
                .hasMessageContaining("The trainer was not added");

        signedIn.as(co);
        long mine = cohorts.get(cohort).trainers().stream().filter(t -> t.username().equals(trainer)).findFirst()
                .orElseThrow().id();
        cohorts.removeTrainer(cohort, mine);
        assertThatThrownBy(() -> as(trainer).get(cohort)).isInstanceOf(NotFoundException.class);
        signedIn.as(co);
        long self = cohorts.get(cohort).trainers().get(0).id();
        assertThat(cohorts.removeTrainer(cohort, self).trainers()).as("the last trainer stays").hasSize(1);
    }

    @Test
    void theMatrixFollowsALearnerFromNotStartedToPassedAndTheirDetailShowsEveryAttempt() throws IOException {
        String module = "cohort-" + suffix;
        contentImport.importPackage(PackageFolder.valid(module, 1).writeTo(Files.createTempDirectory("cohorts-it")));
        long cohort = cohort("Panama class");
        as(trainer).assign(cohort, module, LocalDate.of(2020, 1, 31));
        String officer = "officer-" + suffix;
        EnrolmentReport enrolled = cohorts.enrolOne(cohort, new EnrolmentRow(1, officer, "Officer One", "", "PA",
                "es"));
        assertThat(enrolled.applied()).isTrue();
        assertThat(cell(cohort).status()).isEqualTo(CellStatus.NOT_STARTED);
        assertThat(cell(cohort).overdue()).as("due in 2020").isTrue();

        String learner = setPasswordAndSignIn(enrolled);
        reading.markDone(module, "first");
        assertThat(cell(cohort)).satisfies(c -> {
            assertThat(c.status()).isEqualTo(CellStatus.IN_PROGRESS);
            assertThat(c.percent()).as("one of two units and the quiz").isEqualTo(33);
        });

        signedIn.as(learner);
        reading.markDone(module, "second");
        long attempt = attempts.start(module, "es").id();
        attempts.save(attempt, Map.of("q1", Answer.single("a"), "q2", Answer.trueFalse(true)));
        attempts.submit(attempt);

        ProgressMatrix matrix = matrix(cohort);
        assertThat(matrix.rows().items()).singleElement().satisfies(row -> {
            assertThat(row.cells()).singleElement().satisfies(c -> {
                assertThat(c.status()).isEqualTo(CellStatus.PASSED);
                assertThat(c.grade()).isEqualTo(100.0);
                assertThat(c.overdue()).as("passed, so no longer overdue").isFalse();
            });
        });
        assertThat(matrix.totals()).singleElement().satisfies(t -> assertThat(t.passed()).isEqualTo(1));
        assertThat(matrix.completions()).singleElement()
                .satisfies(s -> assertThat(s.points()).extracting(ProgressMatrix.Point::completed).containsExactly(1));
        assertThat(progress.matrix(cohort, new MatrixFilter(null, null, CellStatus.NOT_STARTED, false, null,
                MatrixFilter.Sort.NAME, false), 0, 50, "en").rows().total()).isZero();
        assertThat(progress.export(cohort, MatrixFilter.none(), "en").rows().toList()).singleElement()
                .satisfies(r -> assertThat(List.<Object>copyOf(r).subList(0, 5)).containsExactly(officer, "Officer One", "PA",
                        100, "PASSED"));

        long learnerId = matrix.rows().items().get(0).accountId();
        LearnerDetail detail = learnerReports.detail(learnerId, "en");
        assertThat(detail.cohorts()).extracting(LearnerDetail.CohortRef::id).containsExactly(cohort);
        assertThat(detail.attempts()).singleElement().satisfies(a -> {
            assertThat(a.percent()).isEqualTo(100.0);
            assertThat(a.language()).isEqualTo("es");
            assertThat(a.durationSeconds()).isNotNull();
        });
        assertThat(detail.certificates()).extracting(LearnerDetail.CertificateLine::module).containsExactly(module);
        AttemptReview review = attempts.trainerReview(detail.attempts().get(0).id(), "en");
        assertThat(review.items()).hasSize(2);

        ItemReport items = itemReports.analyse(module, null, cohort, true, "en");
        assertThat(items.quiz().attemptCount()).isEqualTo(1);
        assertThat(items.quiz().questions()).extracting(QuestionStatistics::key).containsExactly("q1", "q2");
        assertThat(items.quiz().questions().get(0).facility()).hasValue(1.0);
        assertThat(items.quiz().notEnoughData()).as("one attempt has no spread").isTrue();
        assertThat(items.languages().byLanguage()).containsOnlyKeys("es");
        assertThat(items.choices().get("q1").of("a").count()).isEqualTo(1);

        IndicatorReport byCountry = indicators.report(IndicatorCounter.Grouping.COUNTRY, null, null, "en");
        assertThat(byCountry.scope()).as("a trainer without an administration: their cohorts").isEqualTo("cohorts");
        assertThat(byCountry.lines()).singleElement().satisfies(line -> {
            assertThat(line.key()).isEqualTo("PA");
            assertThat(List.of(line.enrolled(), line.completed(), line.certified())).containsExactly(1L, 1L, 1L);
        });

        signedIn.asDemo("admin");
        String coordinator = signedIn.newAccount("coordinator", Set.of(Role.TRAINER));
        long coordinatorId = accounts.search(new Accounts.Query(coordinator, null, null, null), 0, 1).items().get(0)
                .id();
        signedIn.asDemo("admin");
        accounts.update(coordinatorId, new AccountChanges("Coordinator", null, "es", "PA", Set.of(Role.TRAINER)));
        signedIn.as(coordinator);
        IndicatorReport national = indicators.report(IndicatorCounter.Grouping.REGION, null, null, "en");
        assertThat(national.scope()).isEqualTo("PA");
        assertThat(national.total().certified()).as("Panama's officers, in no cohort of theirs")
                .isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> itemReports.analyse(module, null, cohort, true, "en"))
                .as("not their cohort").isInstanceOf(NotFoundException.class);

        String other = signedIn.newAccount("outsider", Set.of(Role.TRAINER));
        signedIn.as(other);
        assertThatThrownBy(() -> learnerReports.detail(learnerId, "en")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.trainerReview(attempt, "en")).isInstanceOf(NotFoundException.class);
        assertThat(indicators.report(IndicatorCounter.Grouping.AGREEMENT, null, null, "en").total().enrolled())
                .as("a trainer with no cohort counts nobody").isZero();
    }

    private String setPasswordAndSignIn(EnrolmentReport enrolled) {
        String token = enrolled.links().get(0).path().substring(enrolled.links().get(0).path().indexOf('=') + 1);
        signIn.setPassword(token, SignedIn.PASSWORD);
        String username = enrolled.links().get(0).username();
        signedIn.as(username);
        return username;
    }

    private ModuleFacts.Cell cell(long cohort) {
        return matrix(cohort).rows().items().get(0).cells().get(0);
    }

    /** The whole matrix, as the cohort's trainer sees it. */
    private ProgressMatrix matrix(long cohort) {
        signedIn.as(trainer);
        return progress.matrix(cohort, MatrixFilter.none(), 0, 50, "en");
    }

    private long cohort(String name) {
        return as(trainer).create(new CohortForm(name + " " + suffix, "Lilongwe", LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 10, 14), Set.of("MW", "MZ", "NE", "PA"))).id();
    }

    private Cohorts as(String username) {
        signedIn.as(username);
        return cohorts;
    }

    private List<String> auditActions(long cohort) {
        signedIn.asDemo("admin");
        return audit.search(new AuditLog.Query(null, null, String.valueOf(cohort), null, null), 0, 50).items()
                .stream().map(AuditLog.Entry::action).toList();
    }

    private long accountsNamed(String username) {
        signedIn.asDemo("admin");
        return accounts.search(new Accounts.Query(username, null, null, null), 0, 10).total();
    }
}
