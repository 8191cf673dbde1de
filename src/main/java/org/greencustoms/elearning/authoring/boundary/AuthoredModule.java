package org.greencustoms.elearning.authoring.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A module as its authors see it: the version learners have (if any), the draft waiting (if any), and whether the
 * module was retired from the catalogue.
 */
public record AuthoredModule(String id, String title, Integer published, Integer draft, Integer latest,
        boolean retired, Instant changedAt) implements Serializable {
}
