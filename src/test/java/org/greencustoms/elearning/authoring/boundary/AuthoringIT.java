package org.greencustoms.elearning.authoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.SignedIn;
import org.greencustoms.elearning.assessment.boundary.AttemptResult;
import org.greencustoms.elearning.assessment.boundary.Attempts;
import org.greencustoms.elearning.assessment.control.Answer;
import org.greencustoms.elearning.assessment.control.ReviewItem;
import org.greencustoms.elearning.authoring.control.MoodleXmlReader;
import org.greencustoms.elearning.catalog.boundary.Catalog;
import org.greencustoms.elearning.catalog.entity.ModuleStatus;
import org.greencustoms.elearning.certificates.boundary.Certificates;
import org.greencustoms.elearning.content.boundary.ContentImport;
import org.greencustoms.elearning.content.boundary.ImportResult;
import org.greencustoms.elearning.content.boundary.PackageFolder;
import org.greencustoms.elearning.content.boundary.PersistenceProbe;
import org.greencustoms.elearning.content.control.PackageFiles;
import org.greencustoms.elearning.content.control.Problem;
import org.greencustoms.elearning.content.control.VersionConflictException;
import org.greencustoms.elearning.content.control.ZipPackageReader;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.progress.boundary.Reading;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authors' content lifecycle on Liberty: upload → draft → preview → publish, a new version under learners who
 * are part-way through, retire, roll back, download and upload again.
 */
@ExtendWith(ArquillianExtension.class)
class AuthoringIT {

    private static final Map<String, Answer> ALL_RIGHT = Map.of("q1", Answer.single("a"), "q2", Answer.trueFalse(true));

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWithAssertions("authoring-it")
                .addClasses(PackageFolder.class, PersistenceProbe.class);
    }

    @Inject
    SignedIn signedIn;

    @Inject
    Authoring authoring;

    @Inject
    Catalog catalog;

    @Inject
    Reading reading;

    @Inject
    Attempts attempts;

    @Inject
    Certificates certificates;

    @Inject
    PersistenceProbe persistence;

    @Inject
    ContentImport contentImport;

    private String id;

    @BeforeEach
    void setUp() {
        id = "authoring-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aRefusedUploadStoresNothingAndNamesEveryProblemByFile() {
        Map<String, Long> before = persistence.contentRows();
        PackageFolder broken = PackageFolder.valid(id, 1)
                .with("quiz.yaml", """
                        questions:
                          - id: q1
                            type: single
                            prompt: Which annex?
                            options:
                              - {id: a, text: Annex VIII}
                              - {id: b, text: Annex IX}
                            answer: c
                            tags: [annex:Basel-VIII]
                        """)
                .with("units/03-orphan.md", "---\nid: orphan\ntitle: Orphan\nminutes: 1\nsources: [S1]\n---\nText\n");

        UploadReport report = upload(broken);

        assertThat(report.valid()).isFalse();
        assertThat(report.problemsByFile()).extracting(UploadReport.FileProblems::file)
                .containsExactly("quiz.yaml", "units/03-orphan.md");
        assertThat(report.problems()).allSatisfy(problem -> assertThat(problem.toString()).isNotBlank());
        assertThat(persistence.contentRows()).isEqualTo(before);
        assertThat(catalog.history(id)).isEmpty();
    }

    @Test
    void hostileUploadsAreRefusedEachWithItsOwnReasonAndLeaveNothingBehind() {
        Map<String, Long> before = persistence.contentRows();
        PackageFolder valid = PackageFolder.valid(id, 1);
        Map<String, byte[]> corpus = Map.of(
                "zip.parentFolder", withEntry(valid.zip(), "../evil.md", "x".getBytes(), 0),
                "zip.symlink", withEntry(valid.zip(), "package/media/link.png", "/etc/passwd".getBytes(), 0120777),
                "zip.nestedArchive", withEntry(valid.zip(), "package/media/inner.zip", valid.zip(), 0),
                "zip.notAZip", "MZ this is an executable".getBytes(),
                "markdown.script", valid.with("units/02-second.md",
                        "---\nid: second\ntitle: S\nminutes: 1\nsources: [S1]\n---\n<script>alert(1)</script>\n").zip(),
                "media.svg", PackageFolder.valid(id, 1).withBytes("media/map.svg",
                        "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()).zip());

        corpus.forEach((key, zip) -> {
            UploadReport report = upload(zip);
            assertThat(report.valid()).as(key).isFalse();
            assertThat(report.problems()).as(key).extracting(Problem::key).contains(key);
        });
        assertThat(persistence.contentRows()).isEqualTo(before);
    }

    @Test
    void anUploadIsADraftThatLearnersDoNotSeeUntilItIsPublished() {
        UploadReport report = upload(PackageFolder.valid(id, 1));

        assertThat(report.valid()).as("%s", report.problems()).isTrue();
        assertThat(report.module()).isEqualTo(id);
        assertThat(catalog.module(id, "en")).as("a draft is not in the catalogue").isEmpty();

        Preview preview = authoring.preview(id, 1, "fr");
        assertThat(preview.status()).isEqualTo(ModuleStatus.DRAFT);
        assertThat(preview.languages()).containsExactly("en", "fr");
        assertThat(preview.title()).isEqualTo("Module d'essai " + id);
        assertThat(preview.units()).extracting(Preview.PreviewUnit::title).containsExactly("Première unité",
                "Second unit");
        assertThat(preview.units().get(0).html()).contains("<strong>première</strong>");
        ReviewItem first = preview.questions().get(0);
        assertThat(first.lines()).extracting(ReviewItem.Line::rightFlag).containsExactly(true, false);

        assertThat(authoring.publish(id)).as("nothing was published before").isEqualTo(new Published(1, null));
        assertThat(catalog.module(id, "en")).hasValueSatisfying(m -> assertThat(m.version()).isEqualTo(1));
        assertThatThrownBy(() -> authoring.publish(id)).as("a second click on Publish")
                .isInstanceOf(LifecycleConflictException.class);
        assertThat(authoring.history(id)).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(ModuleStatus.PUBLISHED);
            assertThat(entry.stagedBy()).isEqualTo("author");
            assertThat(entry.publishedBy()).isEqualTo("author");
            assertThat(entry.changes().unitsAdded()).containsExactly("first", "second");
            assertThat(entry.changes().questionsAdded()).containsExactly("q1", "q2");
        });
    }

    @Test
    void aNewUploadReplacesTheDraftAndADiscardedDraftLeavesNothing() {
        upload(PackageFolder.valid(id, 1));
        authoring.publish(id);
        Map<String, Long> published = persistence.contentRows();
        upload(PackageFolder.valid(id, 2));

        UploadReport again = upload(PackageFolder.valid(id, 3));

        assertThat(again.replacedDraft()).isEqualTo(2);
        assertThat(authoring.history(id)).extracting(VersionEntry::version).containsExactly(1, 3);
        assertThat(authoring.discard(id)).isEqualTo(3);
        assertThat(persistence.contentRows()).isEqualTo(published);
        assertThat(upload(PackageFolder.valid(id, 1)).problems()).as("a version learners have had")
                .extracting(Problem::file).containsExactly("module.yaml");
        assertThatThrownBy(() -> authoring.discard(id)).isInstanceOf(LifecycleConflictException.class);
    }

    @Test
    void aNewVersionKeepsProgressAndAnAttemptInProgressFinishesOnItsVersion() {
        upload(PackageFolder.valid(id, 1));
        authoring.publish(id);
        String learner = signedIn.newAccount("officer", EnumSet.of(Role.LEARNER));
        long attempt = partWay(learner, "first");

        signedIn.asDemo("author");
        upload(PackageFolder.valid(id, 2).with("units/02-second.md", """
                ---
                id: second
                title: Second unit, revised
                minutes: 7
                sources: [S1]
                ---
                Revised.
                """).with("units/03-third.md", "---\nid: third\ntitle: Third\nminutes: 2\nsources: [S1]\n---\nNew.\n")
                .withUnits("[01-first, 02-second, 03-third]"));
        assertThat(authoring.publish(id)).isEqualTo(new Published(2, 1));

        signedIn.as(learner);
        assertThat(reading.read(id, "first", "en").done()).as("progress carried over by unit id").isTrue();
        assertThat(reading.read(id, "first", "en").version()).isEqualTo(2);
        assertThat(attempts.get(attempt, "en").version()).as("the attempt stays on its version").isEqualTo(1);
        AttemptResult result = attempts.submit(attempt);
        assertThat(result.passed()).isTrue();
        assertThat(attempts.start(id, "en").version()).as("a new attempt is on the new version").isEqualTo(2);

        signedIn.asDemo("author");
        VersionEntry second = authoring.history(id).get(1);
        assertThat(second.changes().unitsAdded()).containsExactly("third");
        assertThat(second.changes().unitsChanged()).containsExactly("second");
        assertThat(second.changes().unitsRemoved()).isEmpty();
        assertThat(second.changes().questionsChanged()).isEmpty();
        assertThat(second.changes().languagesChanged()).containsExactly("en");
    }

    @Test
    void aRetiredModuleLeavesTheCatalogueButAnAttemptInProgressFinishesAndItsCertificateVerifies() {
        upload(PackageFolder.valid(id, 1));
        authoring.publish(id);
        String learner = signedIn.newAccount("officer", EnumSet.of(Role.LEARNER));
        long attempt = partWay(learner, "first", "second");

        signedIn.asDemo("author");
        assertThat(authoring.retire(id)).isEqualTo(1);
        signedIn.as(learner);
        String code = attempts.submit(attempt).certificate();
        assertThat(code).as("an attempt in progress finishes on its version, and completes it").isNotNull();
        signedIn.asDemo("author");

        assertThat(catalog.module(id, "en")).isEmpty();
        assertThat(certificates.verify(code, "en").code()).isEqualTo(code);
        assertThat(authoring.modules("en")).filteredOn(m -> m.id().equals(id)).singleElement()
                .satisfies(m -> assertThat(m.retired()).isTrue());
        assertThatThrownBy(() -> authoring.retire(id)).isInstanceOf(LifecycleConflictException.class);
    }

    @Test
    void aRollbackPublishesTheOldContentAsANewVersion() {
        upload(PackageFolder.valid(id, 1));
        authoring.publish(id);
        upload(PackageFolder.valid(id, 2).with("units/01-first.md", """
                ---
                id: first
                title: First unit, edited
                minutes: 5
                sources: [S1]
                ---
                Edited.
                """));
        authoring.publish(id);

        assertThat(authoring.rollBack(id, 1)).isEqualTo(3);

        assertThat(catalog.module(id, "en").orElseThrow().units().get(0).title()).isEqualTo("First unit");
        List<VersionEntry> history = authoring.history(id);
        assertThat(history).extracting(VersionEntry::status)
                .containsExactly(ModuleStatus.RETIRED, ModuleStatus.RETIRED, ModuleStatus.PUBLISHED);
        assertThat(history.get(2).changes().unitsChanged()).containsExactly("first");
        assertThat(new String(unzip(authoring.download(id, 3).zip()).bytes("module.yaml")))
                .contains("version: 3");
    }

    @Test
    void aDownloadedPackageHasTheVersionsHashAndUploadsAgainAsTheSameContent() {
        upload(PackageFolder.valid(id, 1).withBytes("media/map.png", png()).with("units/02-second.md", """
                ---
                id: second
                title: Second unit
                minutes: 7
                sources: [S1]
                ---
                ![Map](../media/map.png)
                """));
        authoring.publish(id);
        VersionEntry published = authoring.history(id).get(0);

        PackageDownload download = authoring.download(id, 1);

        assertThat(download.sha256()).isEqualTo(published.packageSha256());
        assertThat(unzip(download.zip()).sha256()).isEqualTo(published.packageSha256());
        String copy = id + "-copy";
        PackageFiles renamed = unzip(download.zip());
        String manifest = new String(renamed.bytes("module.yaml")).replace("id: " + id, "id: " + copy);
        UploadReport report = authoring.upload("copy.zip", new ByteArrayInputStream(
                renamed.with("module.yaml", manifest.getBytes()).toZip()));
        assertThat(report.valid()).as("%s", report.problems()).isTrue();
        assertThat(authoring.preview(copy, 1, "en").units()).extracting(Preview.PreviewUnit::title)
                .containsExactly("First unit", "Second unit");
    }

    @Test
    void aMoodleQuestionBankIsAddedToADraftAndItsQuizExportsBackToMoodleXml() {
        upload(PackageFolder.valid(id, 1));
        authoring.publish(id);
        String gift = """
                $CATEGORY: $course$/Basel/Annexes

                ::Annex IX::Which annex lists wastes presumed not hazardous? {
                =Annex IX#Right: the green list.
                ~Annex VIII#That is the list of hazardous wastes.
                }

                ::Essay::Describe a shipment you inspected. {}
                """;

        BankReport report = authoring.importQuestions(id, "basel.gift", gift.getBytes());

        assertThat(report.staged()).as("%s", report.problems()).isTrue();
        assertThat(report.version()).as("a new draft from the published version").isEqualTo(2);
        assertThat(report.imported()).hasSize(1);
        assertThat(report.problems()).as("the essay, by name").singleElement()
                .satisfies(problem -> assertThat(problem.toString()).contains("Essay"));
        Preview draft = authoring.preview(id, 2, "en");
        assertThat(draft.questions()).extracting(ReviewItem::key).containsExactly("q1", "q2",
                report.imported().get(0));
        assertThat(draft.questions().get(2).lines()).extracting(ReviewItem.Line::text)
                .containsExactly("Annex IX", "Annex VIII");
        assertThat(authoring.history(id).get(1).changes().questionsAdded()).containsExactly(report.imported().get(0));

        BankReport again = authoring.importQuestions(id, "more.gift", "::Other::Other question? {T}".getBytes());
        assertThat(again.version()).as("added to the draft waiting").isEqualTo(2);
        assertThat(authoring.preview(id, 2, "en").questions()).hasSize(4);

        byte[] xml = authoring.exportQuestions(id, 2, "en").xml();
        assertThat(MoodleXmlReader.read("export.xml", xml).questions()).hasSize(4);
        assertThat(authoring.importQuestions(id, "essays.gift", "::Essay::Discuss. {}".getBytes()).staged())
                .as("nothing to add, nothing stored").isFalse();
        assertThat(authoring.preview(id, 2, "en").questions()).hasSize(4);
    }

    @Test
    void theBundledImportAtStartUpLeavesWhatAuthorsDidOnThePlatformAlone() throws IOException {
        Path work = Files.createTempDirectory("authoring-it");
        contentImport.importPackage(PackageFolder.valid(id, 1).writeTo(work));
        upload(PackageFolder.valid(id, 2));
        authoring.publish(id);

        ImportResult restart = contentImport.importPackage(PackageFolder.valid(id, 1).writeTo(work));

        assertThat(restart.outcome()).isEqualTo(ImportResult.Outcome.SUPERSEDED);
        assertThat(catalog.module(id, "en").orElseThrow().version()).isEqualTo(2);
        upload(PackageFolder.valid(id, 3));
        assertThatThrownBy(() -> contentImport.importPackage(PackageFolder.valid(id, 4).writeTo(work)))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key).containsExactly("version.draftPending"));
        assertThat(authoring.history(id)).extracting(VersionEntry::status)
                .containsExactly(ModuleStatus.RETIRED, ModuleStatus.PUBLISHED, ModuleStatus.DRAFT);
    }

    @Test
    void onlyAuthorsAndAdministratorsChangeContent() {
        signedIn.as(signedIn.newAccount("officer", EnumSet.of(Role.LEARNER)));
        assertThatThrownBy(() -> authoring.upload("x.zip", new ByteArrayInputStream(PackageFolder.valid(id, 1).zip())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> authoring.modules("en")).isInstanceOf(EJBAccessException.class);
        signedIn.asDemo("admin");
        assertThat(authoring.upload("x.zip", new ByteArrayInputStream(PackageFolder.valid(id, 1).zip())).valid())
                .isTrue();
    }

    /** The learner has read these units and answered every question right, without submitting: the attempt. */
    private long partWay(String learner, String... unitsRead) {
        signedIn.as(learner);
        for (String unit : unitsRead) {
            reading.markDone(id, unit);
        }
        long attempt = attempts.start(id, "en").id();
        attempts.save(attempt, ALL_RIGHT);
        return attempt;
    }

    private UploadReport upload(PackageFolder folder) {
        return upload(folder.zip());
    }

    private UploadReport upload(byte[] zip) {
        signedIn.asDemo("author");
        return authoring.upload(id + ".zip", new ByteArrayInputStream(zip));
    }

    /** The zip with one more entry, written by commons-compress so that a unix mode (a symbolic link) can be set. */
    private static byte[] withEntry(byte[] zip, String name, byte[] content, int unixMode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip));
                ZipArchiveOutputStream copy = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                copy.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
                in.transferTo(copy);
                copy.closeArchiveEntry();
            }
            ZipArchiveEntry added = new ZipArchiveEntry(name);
            if (unixMode != 0) {
                added.setUnixMode(unixMode);
            }
            copy.putArchiveEntry(added);
            copy.write(content);
            copy.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static PackageFiles unzip(byte[] zip) {
        return PackageFiles.fromZip("download.zip", new ByteArrayInputStream(zip), ZipPackageReader.Limits.DEFAULT);
    }


    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    }
}
