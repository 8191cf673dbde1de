package org.greencustoms.elearning.people.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learner in a cohort. */
@Entity
@Table(name = "cohort_learner")
@NamedQuery(name = Enrolment.OF_COHORT, query = """
        select e from Enrolment e join fetch e.learner l where e.id.cohortId = :cohort order by l.displayName""")
@NamedQuery(name = Enrolment.USERNAMES_IN_COHORT, query = """
        select e.learner.username from Enrolment e where e.id.cohortId = :cohort""")
@NamedQuery(name = Enrolment.COUNT_OF_COHORT, query = "select count(e) from Enrolment e where e.id.cohortId = :cohort")
@NamedQuery(name = Enrolment.TRAINED_BY, query = """
        select count(e) from Enrolment e, Cohort c join c.trainers t
        where e.id.cohortId = c.id and e.id.otherId = :learner and t.id = :trainer""")
public class Enrolment {

    public static final String OF_COHORT = "Enrolment.ofCohort";
    public static final String USERNAMES_IN_COHORT = "Enrolment.usernamesInCohort";
    public static final String COUNT_OF_COHORT = "Enrolment.countOfCohort";
    public static final String TRAINED_BY = "Enrolment.trainedBy";

    @EmbeddedId
    @AttributeOverride(name = "otherId", column = @Column(name = "user_id"))
    private CohortKey id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", insertable = false, updatable = false)
    private UserAccount learner;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    protected Enrolment() {
    }

    public Enrolment(Cohort cohort, UserAccount learner, Instant enrolledAt) {
        this.id = new CohortKey(cohort.getId(), learner.getId());
        this.learner = learner;
        this.enrolledAt = enrolledAt;
    }

    public long getCohortId() {
        return id.cohortId();
    }

    public UserAccount getLearner() {
        return learner;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }
}
