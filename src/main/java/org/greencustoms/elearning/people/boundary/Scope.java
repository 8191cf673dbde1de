package org.greencustoms.elearning.people.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.greencustoms.elearning.people.entity.Cohort;
import org.greencustoms.elearning.people.entity.Enrolment;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.platform.AccessDenied;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.platform.NotSignedInException;

/**
 * Who is calling and which records they may see, decided here and nowhere else: a learner their own records, a
 * trainer the cohorts they run and the learners in them, an administrator everything. The caller always comes from
 * the container's security context. A record outside the caller's scope is answered as not found, and the attempt
 * goes into the audit log.
 */
@Dependent
public class Scope {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Event<AccessDenied> denied;

    /** The signed-in user's username, without reading the account. */
    public String callerName() {
        return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName)
                .orElseThrow(NotSignedInException::new);
    }

    /** The signed-in account. */
    public UserAccount caller() {
        return signedIn().orElseThrow(NotSignedInException::new);
    }

    /** The signed-in account, if someone is signed in. */
    public Optional<UserAccount> signedIn() {
        return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName).flatMap(username -> em
                .createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getResultStream().findFirst());
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN.name());
    }

    /** The cohorts the caller may see: every one for an administrator, else those they run. */
    public List<Cohort> cohorts() {
        if (isAdmin()) {
            return em.createNamedQuery(Cohort.ALL, Cohort.class).getResultList();
        }
        return em.createNamedQuery(Cohort.RUN_BY, Cohort.class).setParameter("trainer", caller().getId())
                .getResultList();
    }

    /** A cohort the caller runs (or any, for an administrator). */
    public Cohort cohort(long id) {
        Cohort cohort = em.find(Cohort.class, id);
        if (cohort == null) {
            throw new NotFoundException("No cohort " + id);
        }
        if (!isAdmin() && !cohort.isRunBy(caller())) {
            throw refused("COHORT", String.valueOf(id));
        }
        return cohort;
    }

    /** A learner in one of the caller's cohorts (or anyone, for an administrator). */
    public UserAccount learner(long accountId) {
        UserAccount learner = em.find(UserAccount.class, accountId);
        if (learner == null) {
            throw new NotFoundException("No account " + accountId);
        }
        if (!isAdmin() && em.createNamedQuery(Enrolment.TRAINED_BY, Long.class).setParameter("learner", accountId)
                .setParameter("trainer", caller().getId()).getSingleResult() == 0) {
            throw refused("ACCOUNT", String.valueOf(accountId));
        }
        return learner;
    }

    /**
     * Whose programme indicators the caller may see: everyone's for an administrator; a national coordinator (a
     * trainer whose account belongs to an administration) their country's officers; any other trainer the learners
     * of the cohorts they run.
     */
    public IndicatorScope indicatorScope() {
        if (isAdmin()) {
            return IndicatorScope.everyone();
        }
        UserAccount trainer = caller();
        return trainer.getAdministrationCode() != null ? IndicatorScope.administration(trainer.getAdministrationCode())
                : IndicatorScope.cohortsOf(trainer.getId());
    }

    private NotFoundException refused(String recordType, String recordId) {
        denied.fire(new AccessDenied(recordType, recordId));
        return new NotFoundException("No " + recordType.toLowerCase() + " " + recordId);
    }
}
