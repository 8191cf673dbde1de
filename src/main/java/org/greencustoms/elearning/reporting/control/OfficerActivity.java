package org.greencustoms.elearning.reporting.control;

import java.time.Instant;

/**
 * What one officer did in one module, as the programme indicators count it; each moment null when it has not
 * happened.
 *
 * @param began     the earliest of: enrolled in a cohort assigned the module, first opened one of its units, first
 *                  started its quiz
 * @param completed when the last of its units was done, once every unit of the published version is done
 * @param certified when its certificate was issued
 */
public record OfficerActivity(long learnerId, long moduleId, Instant began, Instant completed, Instant certified) {
}
