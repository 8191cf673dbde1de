package org.greencustoms.elearning.progress.boundary;

import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.people.entity.UserAccount;

/** A learner marked a unit as done (for the first time or again), in the transaction that recorded it. */
public record UnitCompleted(UserAccount learner, ModuleVersion version, String unitKey) {
}
