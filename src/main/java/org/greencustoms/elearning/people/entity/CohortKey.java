package org.greencustoms.elearning.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The key of a row that belongs to a cohort and one other record (a learner, a module). */
@Embeddable
public class CohortKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "cohort_id")
    private long cohortId;

    @Column(name = "other_id")
    private long otherId;

    protected CohortKey() {
    }

    public CohortKey(long cohortId, long otherId) {
        this.cohortId = cohortId;
        this.otherId = otherId;
    }

    public long cohortId() {
        return cohortId;
    }

    public long otherId() {
        return otherId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CohortKey key && key.cohortId == cohortId && key.otherId == otherId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(cohortId, otherId);
    }
}
