package org.greencustoms.elearning.catalog.boundary;

import java.time.Instant;
import org.greencustoms.elearning.catalog.entity.ModuleStatus;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;

/** One version in a module's history. */
public record VersionSummary(int version, ModuleStatus status, Instant publishedAt, Instant retiredAt,
        String packageSha256) {

    static VersionSummary of(ModuleVersion version) {
        return new VersionSummary(version.getVersion(), version.getStatus(), version.getPublishedAt(),
                version.getRetiredAt(), version.getPackageSha256());
    }
}
