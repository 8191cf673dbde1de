package org.greencustoms.elearning.certificates.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.certificates.control.VerificationCodes;
import org.greencustoms.elearning.certificates.entity.Certificate;
import org.greencustoms.elearning.people.boundary.Scope;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.platform.NotFoundException;

/**
 * Certificates of completion, as their holders and the public see them: each learner's own, and the verification of
 * a code by anyone who has it. They are issued by progress's completion check, through {@code CertificateIssuer}.
 */
@Stateless
public class Certificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scope scope;

    /** The signed-in learner's certificates, newest first. */
    @RolesAllowed("LEARNER")
    public List<CertificateView> of(String language) {
        UserAccount learner = scope.caller();
        return em.createNamedQuery(Certificate.BY_LEARNER, Certificate.class)
                .setParameter("learner", learner.getId()).getResultStream()
                .map(c -> view(c, c.getModuleVersion().text(language).getTitle())).toList();
    }

    /** One of the signed-in learner's certificates; someone else's is "not found". */
    @RolesAllowed("LEARNER")
    public CertificateView mine(String code, String language) {
        String username = scope.callerName();
        Certificate certificate = find(code).filter(c -> c.getLearner().getUsername().equals(username))
                .orElseThrow(() -> unknown(code));
        return view(certificate, certificate.getModuleVersion().text(language).getTitle());
    }

    /** What the public verification page shows of a certificate: no more than the certificate itself says. */
    @PermitAll
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
