package org.greencustoms.elearning.authoring.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.greencustoms.elearning.authoring.control.ChangeSummary;
import org.greencustoms.elearning.catalog.entity.ModuleStatus;

/**
 * One version in a module's history: who staged and published it and when, and what changed from the version
 * before it (for the first version, everything is added).
 *
 * @param packageKept whether its package can be downloaded and rolled back to (versions staged before packages were
 *        kept have none until the start-up import finds the same package again)
 */
public record VersionEntry(int version, ModuleStatus status, Instant stagedAt, String stagedBy,
        Instant publishedAt, String publishedBy, Instant retiredAt, String packageSha256, boolean packageKept,
        ChangeSummary changes) implements Serializable {
}
