package org.greencustoms.elearning.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A learner's progress on one unit, by the module's and the unit's stable ids, so that it carries over to new
 * versions of the module. A unit is completed when the learner, having read it to its end, marks it as done.
 */
@Entity
@Table(name = "unit_progress")
@NamedQuery(name = UnitProgress.BY_LEARNER_AND_MODULE, query = """
        select p from UnitProgress p where p.id.learnerId = :learner and p.id.moduleId = :module""")
@NamedQuery(name = UnitProgress.BY_LEARNER, query = "select p from UnitProgress p where p.id.learnerId = :learner")
@NamedQuery(name = UnitProgress.COUNT_DONE, query = """
        select count(p) from UnitProgress p where p.id.learnerId = :learner and p.id.moduleId = :module
        and p.id.unitKey in :units and p.completedAt is not null""")
public class UnitProgress {

    public static final String BY_LEARNER_AND_MODULE = "UnitProgress.byLearnerAndModule";
    public static final String BY_LEARNER = "UnitProgress.byLearner";
    public static final String COUNT_DONE = "UnitProgress.countDone";

    @EmbeddedId
    private Key id;

    @Column(name = "first_viewed_at", nullable = false)
    private Instant firstViewedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected UnitProgress() {
    }

    public UnitProgress(long learnerId, long moduleId, String unitKey, Instant firstViewedAt) {
        this.id = new Key(learnerId, moduleId, unitKey);
        this.firstViewedAt = firstViewedAt;
    }

    /** Marks the unit done; the first time counts. */
    public void complete(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public String getUnitKey() {
        return id.unitKey;
    }

    public long getModuleId() {
        return id.moduleId;
    }

    public Instant getFirstViewedAt() {
        return firstViewedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "learner_id")
        private long learnerId;

        @Column(name = "module_id")
        private long moduleId;

        @Column(name = "unit_key")
        private String unitKey;

        protected Key() {
        }

        public Key(long learnerId, long moduleId, String unitKey) {
            this.learnerId = learnerId;
            this.moduleId = moduleId;
            this.unitKey = unitKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.learnerId == learnerId && key.moduleId == moduleId
                    && key.unitKey.equals(unitKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(learnerId, moduleId, unitKey);
        }
    }
}
