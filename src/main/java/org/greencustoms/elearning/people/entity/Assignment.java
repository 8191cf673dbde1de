package org.greencustoms.elearning.people.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.greencustoms.elearning.catalog.entity.Module;

/** A module a cohort is to take, with an optional due date. */
@Entity
@Table(name = "cohort_module")
@NamedQuery(name = Assignment.OF_COHORT, query = """
        select a from Assignment a join fetch a.module where a.id.cohortId = :cohort order by a.module.slug""")
public class Assignment {

    public static final String OF_COHORT = "Assignment.ofCohort";

    @EmbeddedId
    @AttributeOverride(name = "otherId", column = @Column(name = "module_id"))
    private CohortKey id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id", insertable = false, updatable = false)
    private Module module;

    @Column(name = "due_on")
    private LocalDate dueOn;

    protected Assignment() {
    }

    public Assignment(Cohort cohort, Module module, LocalDate dueOn) {
        this.id = new CohortKey(cohort.getId(), module.getId());
        this.module = module;
        this.dueOn = dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public long getCohortId() {
        return id.cohortId();
    }

    public Module getModule() {
        return module;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
