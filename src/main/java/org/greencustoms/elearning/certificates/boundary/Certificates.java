package org.greencustoms.elearning.certificates.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.certificates.control.VerificationCodes;
import org.greencustoms.elearning.certificates.entity.Certificate;
import org.greencustoms.elearning.people.boundary.Accounts;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.progress.boundary.Learning;
import org.greencustoms.elearning.progress.boundary.ModuleProgress;

/**
 * Certificates of completion: issued once per learner and module, the moment the module's completion rule is met
 * (by the last unit marked as done, or by the passing attempt), and verifiable by anyone who has the code.
 */
@Stateless
public class Certificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Learning learning;

    @Inject
    Clock clock;

    /**
     * Issues the learner's certificate for the module if they have just completed it. Called in the transaction
     * that recorded the progress, which has locked nothing of the learner's but possibly their attempt. The
     * learner's row is locked first: of two steps completing the module at once (the last unit marked done, the
     * passing attempt), the second to get the lock sees what the first committed, so one of them issues it, once.
     */
    public void issueIfCompleted(UserAccount learner, ModuleVersion version) {
        em.lock(learner, LockModeType.PESSIMISTIC_WRITE);
        boolean hasQuiz = version.getQuiz().getQuestionCount() > 0;
        // Cheap first: most calls come before the units are all done, and need no more than this count.
        if (!version.getQuiz().getCompletionRule().completed(learning.allUnitsDone(learner, version), true, hasQuiz)
                || codeFor(learner, version).isPresent()) {
            return;
        }
        ModuleProgress progress = learning.moduleOf(learner, version, "en");
        if (progress.completed()) {
            em.persist(new Certificate(VerificationCodes.next(), learner, version, progress.grade(),
                    Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        }
    }

    /** The code of the learner's certificate for the module, if one was issued. */
    public Optional<String> codeFor(UserAccount learner, ModuleVersion version) {
        return em.createNamedQuery(Certificate.BY_LEARNER_AND_MODULE, Certificate.class)
                .setParameter("learner", learner.getId()).setParameter("module", version.getModule().getId())
                .getResultStream().findFirst().map(Certificate::getCode);
    }

    /** The signed-in learner's certificates, newest first. */
    public List<CertificateView> of(String username, String language) {
        UserAccount learner = accounts.get(username);
        return em.createNamedQuery(Certificate.BY_LEARNER, Certificate.class)
                .setParameter("learner", learner.getId()).getResultStream()
                .map(c -> view(c, c.getModuleVersion().text(language).getTitle())).toList();
    }

    /** One of the signed-in learner's certificates; someone else's is "not found". */
    public CertificateView mine(String username, String code, String language) {
        Certificate certificate = find(code).filter(c -> c.getLearner().getUsername().equals(username))
                .orElseThrow(() -> unknown(code));
        return view(certificate, certificate.getModuleVersion().text(language).getTitle());
    }

    /** What the public verification page shows of a certificate: no more than the certificate itself says. */
    public CertificateView verify(String code, String language) {
        Certificate certificate = find(code).orElseThrow(() -> unknown(code));
        return view(certificate, certificate.getModuleVersion().text(language).getTitle());
    }

    private Optional<Certificate> find(String code) {
        return VerificationCodes.normalise(code).flatMap(canonical -> em
                .createNamedQuery(Certificate.BY_CODE, Certificate.class).setParameter("code", canonical)
                .getResultStream().findFirst());
    }

    private static NotFoundException unknown(String code) {
        return new NotFoundException("No certificate has the code '" + abbreviated(code) + "'");
    }

    private static String abbreviated(String code) {
        String shown = code == null ? "" : code.strip();
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }

    private static CertificateView view(Certificate certificate, String title) {
        ModuleVersion version = certificate.getModuleVersion();
        return new CertificateView(certificate.getCode(), version.getSlug(), title, version.getVersion(),
                certificate.getLearnerName(), certificate.getPercent(), certificate.getIssuedAt());
    }
}
