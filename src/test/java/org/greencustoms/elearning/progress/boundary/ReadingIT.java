package org.greencustoms.elearning.progress.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.SignedIn;
import org.greencustoms.elearning.assessment.boundary.Attempts;
import org.greencustoms.elearning.assessment.control.Answer;
import org.greencustoms.elearning.content.boundary.ContentImport;
import org.greencustoms.elearning.content.boundary.PackageFolder;

import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.platform.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading units on Liberty: order, table of contents, done marks, and progress kept across module versions. */
@ExtendWith(ArquillianExtension.class)
class ReadingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWithAssertions("reading-it").addClass(PackageFolder.class);
    }

    @Inject
    Reading reading;

    @Inject
    ContentImport contentImport;

    @Inject
    SignedIn signedIn;

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    private String module;
    private String learner;

    @BeforeEach
    void setUp() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        module = "reading-" + suffix;
        contentImport.importPackage(PackageFolder.valid(module, 1).writeTo(Files.createTempDirectory("reading-it")));
        learner = "reader-" + suffix;
        signedIn.create(learner, learner, "fr", EnumSet.of(Role.LEARNER));
    }

    @Test
    void unitsReadInOrderWithTheirNeighboursAndSanitisedText() {
        UnitReading first = reading(learner).read(module, null, "en");

        assertThat(first.unitId()).isEqualTo("first");
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.previousUnit()).isNull();
        assertThat(first.nextUnit()).isEqualTo("second");
        assertThat(first.html()).contains("<strong>first</strong>").doesNotContain("<script");
        assertThat(reading(learner).read(module, "first", "fr").title()).isEqualTo("Première unité");
    }

    @Test
    void markingDoneShowsInTheContentsAndTheNextUnitIsOpenedFirst() {
        reading(learner).markDone(module, "first");
        reading(learner).markDone(module, "first");

        UnitReading next = reading(learner).read(module, null, "en");
        assertThat(next.unitId()).isEqualTo("second");
        assertThat(next.contents()).extracting(UnitReading.TocEntry::done).containsExactly(true, false);
        assertThat(next.doneCount()).isEqualTo(1);
    }

    @Test
    void progressCarriesOverToANewVersionOfTheModule() throws IOException {
        reading(learner).markDone(module, "first");

        contentImport.importPackage(PackageFolder.valid(module, 2).writeTo(Files.createTempDirectory("reading-it")));

        UnitReading afterUpdate = reading(learner).read(module, "first", "en");
        assertThat(afterUpdate.version()).isEqualTo(2);
        assertThat(afterUpdate.done()).isTrue();
    }

    @Test
    void myLearningShowsProgressAndCompletionOnceUnitsAreDoneAndTheQuizPassed() {
        assertThat(learning(learner).modulesOf("en")).isEmpty();
        reading(learner).read(module, null, "en");
        reading(learner).markDone(module, "first");

        ModuleProgress started = learning(learner).modulesOf("en").get(0);
        assertThat(started.moduleId()).isEqualTo(module);
        assertThat(started.unitsDone()).isEqualTo(1);
        assertThat(started.percent()).isEqualTo(50);
        assertThat(started.nextUnit()).isEqualTo("second");
        assertThat(started.grade()).isNull();
        assertThat(started.completed()).isFalse();

        reading(learner).markDone(module, "second");
        long attempt = attempts(learner).start(module, "en").id();
        attempts(learner).save(attempt, Map.of("q1", Answer.single("a"), "q2", Answer.trueFalse(true)));
        attempts(learner).submit(attempt);

        ModuleProgress finished = learning(learner).modulesOf("en").get(0);
        assertThat(finished.grade()).isEqualTo(100.0);
        assertThat(finished.passed()).isTrue();
        assertThat(finished.completed()).isTrue();
        assertThat(finished.nextUnit()).isNull();
    }

    @Test
    void unknownUnitsAndModulesAreNotFound() {
        assertThatThrownBy(() -> reading(learner).read(module, "nope", "en")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reading(learner).markDone("no-such-module", "first"))
                .isInstanceOf(NotFoundException.class);
    }

    /** The boundary, called by the learner. */
    private Reading reading(String learner) {
        signedIn.as(learner);
        return reading;
    }

    /** The boundary, called by the learner. */
    private Attempts attempts(String learner) {
        signedIn.as(learner);
        return attempts;
    }

    /** The boundary, called by the learner. */
    private Learning learning(String learner) {
        signedIn.as(learner);
        return learning;
    }
}
