package org.greencustoms.elearning.people.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A cohort as its trainers see it: what it is, who runs it, what it takes, how many learners it has. */
public record CohortView(long id, String name, String place, LocalDate startsOn, LocalDate endsOn,
        Set<String> administrations, List<Trainer> trainers, List<AssignedModule> modules, long learnerCount)
                implements Serializable {

    public record Trainer(long id, String username, String displayName) implements Serializable {
    }

    public record AssignedModule(String module, String title, LocalDate dueOn) implements Serializable {
    }
}
