package org.greencustoms.elearning.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.greencustoms.elearning.assessment.entity.Attempt;
import org.greencustoms.elearning.certificates.entity.Certificate;
import org.greencustoms.elearning.people.boundary.AccountRow;
import org.greencustoms.elearning.people.boundary.Scope;
import org.greencustoms.elearning.people.entity.Cohort;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.platform.Audited;
import org.greencustoms.elearning.platform.export.ExportTable;
import org.greencustoms.elearning.progress.control.ProgressQueries;

/**
 * A learner's detail for their trainers (and administrators): progress per module, every attempt with its score and
 * duration, certificates. The learner is reached through {@link Scope}: someone in none of the caller's cohorts is
 * not found.
 */
@Stateless
@RolesAllowed({"TRAINER", "ADMIN"})
public class LearnerReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scope scope;

    @Inject
    ProgressQueries progress;

    @Inject
    Event<Audited> audited;

    @Inject
    Clock clock;

    public LearnerDetail detail(long accountId, String language) {
        UserAccount learner = scope.learner(accountId);
        List<LearnerDetail.CohortRef> cohorts = scope.cohorts().stream()
                .filter(c -> isEnrolled(c, accountId)).map(c -> new LearnerDetail.CohortRef(c.getId(), c.getName()))
                .toList();
        return new LearnerDetail(AccountRow.of(learner, Instant.now(clock)), cohorts,
                progress.modulesOf(learner, language), attempts(learner, language), certificates(learner, language));
    }

    /** Every attempt of the learner, one line each. */
    public ExportTable exportAttempts(long accountId, String language) {
        UserAccount learner = scope.learner(accountId);
        audited.fire(new Audited("EXPORTED", "ACCOUNT", learner.getUsername(), "attempts"));
        return new ExportTable("Attempts " + learner.getUsername(), List.of("Module", "Title", "Version", "Attempt",
                "Language", "Started", "Submitted", "Duration (s)", "Score %", "Passed"),
                attempts(learner, language).stream().map(a -> List.of(a.module(), a.moduleTitle(), a.version(),
                        a.number(), a.language(), a.startedAt(), nullable(a.submittedAt()),
                        nullable(a.durationSeconds()), nullable(a.percent()), nullable(a.passed()))));
    }

    private boolean isEnrolled(Cohort cohort, long accountId) {
        return em.createQuery("select count(e) from Enrolment e where e.id.cohortId = :cohort"
                + " and e.id.otherId = :learner", Long.class).setParameter("cohort", cohort.getId())
                .setParameter("learner", accountId).getSingleResult() > 0;
    }

    private List<LearnerDetail.AttemptLine> attempts(UserAccount learner, String language) {
        return em.createQuery("select a from Attempt a join fetch a.moduleVersion where a.learner = :learner",
                Attempt.class).setParameter("learner", learner).getResultStream()
                .sorted(Comparator.comparing(Attempt::getStartedAt).reversed())
                .map(a -> new LearnerDetail.AttemptLine(a.getId(), a.getModuleVersion().getSlug(),
                        a.getModuleVersion().text(language).getTitle(), a.getModuleVersion().getVersion(),
                        a.getNumber(), a.getLanguage(), a.getStartedAt(), a.getSubmittedAt(),
                        a.getSubmittedAt() == null ? null
                                : Duration.between(a.getStartedAt(), a.getSubmittedAt()).toSeconds(),
                        a.isSubmitted() ? a.getPercent() : null, a.isSubmitted() ? a.getPassed() : null))
                .toList();
    }

    private List<LearnerDetail.CertificateLine> certificates(UserAccount learner, String language) {
        return em.createNamedQuery(Certificate.BY_LEARNER, Certificate.class).setParameter("learner", learner.getId())
                .getResultStream().map(c -> new LearnerDetail.CertificateLine(c.getCode(),
                        c.getModuleVersion().getSlug(), c.getModuleVersion().text(language).getTitle(),
                        c.getModuleVersion().getVersion(), c.getPercent(), c.getIssuedAt()))
                .toList();
    }

    /** List.of refuses nulls; an empty export cell is an empty string. */
    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }
}
