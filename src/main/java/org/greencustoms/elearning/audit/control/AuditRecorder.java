package org.greencustoms.elearning.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;
import org.greencustoms.elearning.audit.entity.AuditEvent;
import org.greencustoms.elearning.platform.AccessDenied;
import org.greencustoms.elearning.platform.Audited;

/** Writes the audit log from the features' events; the actor is the signed-in user (none for start-up work). */
@ApplicationScoped
public class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    /** In the transaction of the change itself: no entry for a change that rolls back, no change without one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(@Observes Audited event) {
        em.persist(new AuditEvent(now(), actor(), event.action(), event.recordType(), event.recordId(),
                event.detail()));
    }

    /** In a transaction of its own: the refused request's transaction rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(@Observes AccessDenied event) {
        String actor = actor();
        LOG.warning(() -> actor + " asked for " + event.recordType() + " " + event.recordId() + " outside their scope");
        em.persist(new AuditEvent(now(), actor, "ACCESS_DENIED", event.recordType(), event.recordId(),
                "answered not found"));
    }

    private String actor() {
        return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName).orElse(null);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
