package org.greencustoms.elearning.progress.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.greencustoms.elearning.assessment.boundary.AttemptGraded;
import org.greencustoms.elearning.catalog.boundary.Catalog;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.certificates.control.CertificateIssuer;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.progress.boundary.ModuleCompleted;
import org.greencustoms.elearning.progress.boundary.ModuleProgress;
import org.greencustoms.elearning.progress.boundary.UnitCompleted;

/**
 * Notices the moment a learner completes a module, whichever step completes it (the last unit marked done, or the
 * passing attempt), and has the certificate issued, once, in the transaction of that step. The learner's row is
 * locked first: of two steps completing the module at once, the second to get the lock sees what the first
 * committed, so exactly one of them issues it.
 */
@ApplicationScoped
public class CompletionWatcher {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgressQueries progress;

    @Inject
    CertificateIssuer issuer;

    @Inject
    Catalog catalog;

    @Inject
    Event<ModuleCompleted> completed;

    void unitCompleted(@Observes UnitCompleted event) {
        check(event.learner(), event.version());
    }

    void attemptGraded(@Observes AttemptGraded event) {
        if (Boolean.TRUE.equals(event.attempt().getPassed())) {
            // Against the version learners have now; a module retired since the attempt began, against its own.
            ModuleVersion attempted = event.attempt().getModuleVersion();
            check(event.attempt().getLearner(), catalog.publishedVersion(attempted.getSlug()).orElse(attempted));
        }
    }

    private void check(UserAccount learner, ModuleVersion version) {
        em.lock(learner, LockModeType.PESSIMISTIC_WRITE);
        boolean hasQuiz = version.getQuiz().getQuestionCount() > 0;
        // Cheap first: most calls come before the units are all done, and need no more than this count.
        if (!version.getQuiz().getCompletionRule().completed(progress.allUnitsDone(learner, version), true, hasQuiz)
                || issuer.codeFor(learner, version.getModule()).isPresent()) {
            return;
        }
        ModuleProgress now = progress.moduleOf(learner, version, "en");
        if (now.completed()) {
            String code = issuer.issue(learner, version, now.grade());
            completed.fire(new ModuleCompleted(learner, version, now.grade(), code));
        }
    }
}
