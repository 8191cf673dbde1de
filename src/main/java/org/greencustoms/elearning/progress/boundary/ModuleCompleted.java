package org.greencustoms.elearning.progress.boundary;

import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.people.entity.UserAccount;

/** A learner has just met a module's completion rule, and was issued this certificate, in the same transaction. */
public record ModuleCompleted(UserAccount learner, ModuleVersion version, Double grade, String certificateCode) {
}
