package org.greencustoms.elearning.certificates.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.greencustoms.elearning.catalog.entity.Module;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.certificates.entity.Certificate;
import org.greencustoms.elearning.people.entity.UserAccount;

/** Issues certificates and looks up their codes, inside the caller's transaction. */
@Dependent
public class CertificateIssuer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Issues the learner's certificate for the module version; the caller has checked that none exists. */
    public String issue(UserAccount learner, ModuleVersion version, Double grade) {
        Certificate certificate = new Certificate(VerificationCodes.next(), learner, version, grade,
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        em.persist(certificate);
        return certificate.getCode();
    }

    /** The code of the learner's certificate for the module, if one was issued. */
    public Optional<String> codeFor(UserAccount learner, Module module) {
        return em.createNamedQuery(Certificate.BY_LEARNER_AND_MODULE, Certificate.class)
                .setParameter("learner", learner.getId()).setParameter("module", module.getId())
                .getResultStream().findFirst().map(Certificate::getCode);
    }
}
