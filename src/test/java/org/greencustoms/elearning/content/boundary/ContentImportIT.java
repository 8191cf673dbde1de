package org.greencustoms.elearning.content.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.greencustoms.elearning.catalog.boundary.Catalog;
import org.greencustoms.elearning.catalog.boundary.ConventionView;
import org.greencustoms.elearning.catalog.boundary.ModuleOutline;
import org.greencustoms.elearning.catalog.boundary.ModuleSummary;
import org.greencustoms.elearning.catalog.boundary.VersionSummary;
import org.greencustoms.elearning.catalog.entity.ModuleStatus;
import org.greencustoms.elearning.content.control.InvalidPackageException;
import org.greencustoms.elearning.content.control.Problem;
import org.greencustoms.elearning.content.control.VersionConflictException;
import org.hibernate.SessionFactory;
import org.greencustoms.elearning.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Imports packages through the real boundary on Liberty, with Hibernate and the test database. */
@ExtendWith(ArquillianExtension.class)
class ContentImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWithAssertions("content-import-it")
                .addClasses(PackageFolder.class, PersistenceProbe.class);
    }

    @Inject
    ContentImport contentImport;

    @Inject
    Catalog catalog;

    @Inject
    PersistenceProbe persistence;

    @Inject
    MediaLibrary media;

    private Path work;
    private String id;

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createTempDirectory("content-import-it");
        id = "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void hibernateIsTheJpaProvider() {
        assertThat(persistence.sessionFactory()).isInstanceOf(SessionFactory.class);
        assertThat(persistence.entityManagerClass()).startsWith("org.hibernate.");
    }

    @Test
    void importedPackageCanBeReadBackThroughTheCatalogue() {
        ImportResult result = contentImport.importPackage(PackageFolder.valid(id, 1).writeTo(work));

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.PUBLISHED);
        ModuleOutline outline = catalog.module(id, "en").orElseThrow();
        assertThat(outline.version()).isEqualTo(1);
        assertThat(outline.title()).isEqualTo("Test module " + id);
        assertThat(outline.conventions()).extracting(ModuleOutline.ConventionRef::code).containsExactly("BASEL");
        assertThat(outline.minutes()).isEqualTo(12);
        assertThat(outline.units()).extracting(ModuleOutline.UnitOutline::id).containsExactly("first", "second");
        assertThat(outline.quiz()).isEqualTo(new ModuleOutline.QuizSummary(2, 3.0, 60, 2, 20));
        assertThat(outline.sources()).extracting(ModuleOutline.SourceView::id).containsExactly("S1");
        assertThat(catalog.module(id, "fr").orElseThrow().title()).isEqualTo("Module d'essai " + id);
        assertThat(catalog.module(id, "fr").orElseThrow().units().get(0).title()).isEqualTo("Première unité");
        assertThat(catalog.module(id, "fr").orElseThrow().units().get(1).title()).isEqualTo("Second unit");
    }

    @Test
    void unitBodiesAreRenderedAndSanitisedWhenPublished() {
        contentImport.importPackage(PackageFolder.valid(id, 1).writeTo(work));

        List<String> html = persistence.englishUnitHtml(id, 1);
        assertThat(html.get(0)).contains("<strong>first</strong>", "Tap").doesNotContain("onclick");
        assertThat(html.get(1)).contains("<table>", "<td>List A</td>");
    }

    @Test
    void reimportingTheSamePackageChangesNothing() {
        contentImport.importPackage(PackageFolder.valid(id, 1).writeTo(work));

        ImportResult again = contentImport.importPackage(PackageFolder.valid(id, 1).writeTo(work));

        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(versions()).containsExactly(ModuleStatus.PUBLISHED);
    }

    @Test
    void higherVersionIsPublishedAndRetiresThePreviousOne() {
        contentImport.importPackage(PackageFolder.valid(id, 1).writeTo(work));

        ImportResult result = contentImport.importPackage(PackageFolder.valid(id, 2).writeTo(work));

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.PUBLISHED);
        assertThat(result.retiredVersion()).isEqualTo(1);
        assertThat(catalog.module(id, "en").orElseThrow().version()).isEqualTo(2);
        assertThat(versions()).containsExactly(ModuleStatus.RETIRED, ModuleStatus.PUBLISHED);
        List<VersionSummary> history = catalog.history(id);
        assertThat(history.get(0).retiredAt()).isNotNull();
        assertThat(history.get(1).publishedAt()).isNotNull().isAfterOrEqualTo(history.get(0).publishedAt());
        assertThat(history.get(1).retiredAt()).isNull();
    }

    @Test
    void sameVersionWithOtherContentIsRefused() {
        contentImport.importPackage(PackageFolder.valid(id, 1).writeTo(work));
        PackageFolder changed = PackageFolder.valid(id, 1).with("units/02-second.md", """
                ---
                id: second
                title: Second unit, edited
                minutes: 7
                sources: [S1]
                ---
                Edited.
                """);

        assertThatThrownBy(() -> contentImport.importPackage(changed.writeTo(work)))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("already published with different content");
        assertThat(catalog.module(id, "en").orElseThrow().units().get(1).title()).isEqualTo("Second unit");
    }

    @Test
    void badPackagePublishesNothingAndTheLastGoodVersionStays() {
        contentImport.importPackage(PackageFolder.valid(id, 1).writeTo(work));
        PackageFolder broken = PackageFolder.valid(id, 2)
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
                          - id: q2
                            type: essay
                            prompt: Discuss.
                            tags: [topic:essay]
                        """)
                .with("units/03-orphan.md", "---\nid: orphan\ntitle: Orphan\nminutes: 1\nsources: [S1]\n---\nText\n");

        assertThatThrownBy(() -> contentImport.importPackage(broken.writeTo(work)))
                .isInstanceOfSatisfying(InvalidPackageException.class, e -> assertThat(e.problems())
                        .extracting(Problem::file)
                        .contains("quiz.yaml", "units/03-orphan.md"));
        assertThat(catalog.module(id, "en").orElseThrow().version()).isEqualTo(1);
        assertThat(versions()).containsExactly(ModuleStatus.PUBLISHED);
    }

    @Test
    void bundledContentIsImportedAtStartUpForEveryAgreement() {
        List<ConventionView> conventions = catalog.conventions("en");

        assertThat(conventions).extracting(ConventionView::code).containsExactly(
                "BASEL", "ROTTERDAM", "STOCKHOLM", "MONTREAL", "CITES", "CARTAGENA", "CWC", "MINAMATA");
        assertThat(conventions).allSatisfy(convention -> assertThat(convention.modules()).isNotEmpty());
    }

    @Test
    void brokenBundledPackageIsRefusedAtStartUpWhileTheOthersLoad() {
        assertThat(catalog.history("broken-package")).isEmpty();
        assertThat(catalog.modules("en")).extracting(ModuleSummary::id).contains("basel-hazardous-wastes", "cites-wildlife");
    }

    @Test
    void mediaOfAPublishedVersionCanBeFetched() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        PackageFolder withImage = PackageFolder.valid(id, 1)
                .withBytes("media/route map.png", png)
                .with("units/02-second.md", """
                        ---
                        id: second
                        title: Second unit
                        minutes: 7
                        sources: [S1]
                        ---
                        ![The route](<../media/route map.png>)
                        """);

        contentImport.importPackage(withImage.writeTo(work));

        assertThat(media.find(id, 1, "route map.png")).hasValueSatisfying(file -> {
            assertThat(file.getContentType()).isEqualTo("image/png");
            assertThat(file.getData()).isEqualTo(png);
        });
        assertThat(media.find(id, 1, "absent.png")).isEmpty();
        assertThat(persistence.englishUnitHtml(id, 1).get(1))
                .contains("src=\"/media/" + id + "/1/route%20map.png\"");
    }

    private List<ModuleStatus> versions() {
        return catalog.history(id).stream().map(VersionSummary::status).toList();
    }
}
