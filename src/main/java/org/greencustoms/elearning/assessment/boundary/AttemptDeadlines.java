package org.greencustoms.elearning.assessment.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greencustoms.elearning.assessment.entity.Attempt;

/**
 * Every minute, grades the attempts whose time ran out with the answers saved by then, even if the learner never
 * comes back. (Any request that touches such an attempt grades it at once as well.)
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttemptDeadlines {

    private static final Logger LOG = Logger.getLogger(AttemptDeadlines.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Attempts attempts;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void closeExpiredAttempts() {
        for (Long id : em.createNamedQuery(Attempt.EXPIRED, Long.class)
                .setParameter("now", Instant.now(clock)).getResultList()) {
            try {
                attempts.closeExpired(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not close expired attempt " + id, e);
            }
        }
    }
}
