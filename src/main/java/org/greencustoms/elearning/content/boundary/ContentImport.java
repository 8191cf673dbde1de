package org.greencustoms.elearning.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.greencustoms.elearning.catalog.entity.Module;
import org.greencustoms.elearning.catalog.entity.ModuleStatus;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.content.boundary.ImportResult.Outcome;
import org.greencustoms.elearning.content.control.ModuleVersions;
import org.greencustoms.elearning.content.control.PackageContent;
import org.greencustoms.elearning.content.control.PackageFiles;
import org.greencustoms.elearning.content.control.PackageParser;
import org.greencustoms.elearning.content.control.VersionConflictException;

/**
 * Imports the bundled content packages: validates a package completely, stages it as a draft version and publishes
 * that draft in one transaction, or refuses it whole. A refused package changes nothing, so the last good version
 * stays published. What authors did on the platform wins over the bundled folder: a bundled version older than the
 * module's latest is left alone, and a module with an author's draft pending is not touched.
 * <p>Open to all callers because its only caller is the start-up import, which runs before anyone signs in; no page
 * or REST resource reaches it.
 */
@Stateless
@PermitAll
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @throws org.greencustoms.elearning.content.control.InvalidPackageException with every problem found, if the
     *         package is invalid or its version conflicts with what is published
     */
    public ImportResult importPackage(PackageFiles files) {
        PackageContent content = new PackageParser().parse(files);
        String slug = content.manifest().id();
        int version = content.manifest().version();
        ModuleVersions versions = new ModuleVersions(em);
        Instant now = Instant.now(clock);
        Module module = versions.lock(slug, now);
        Optional<ModuleVersion> latest = versions.latest(module);
        if (latest.isPresent()) {
            Optional<ImportResult> kept = keep(versions, files, content, latest.get());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        ModuleVersion draft = versions.stage(module, files, content, now, null);
        Integer retired = versions.publish(draft, now, null);
        LOG.info(() -> "Published " + slug + " version " + version
                + (retired == null ? "" : ", retiring version " + retired));
        return new ImportResult(slug, version, Outcome.PUBLISHED, retired);
    }

    /** What to do instead of publishing, if the module's latest version says the package is not new. */
    private static Optional<ImportResult> keep(ModuleVersions versions, PackageFiles files, PackageContent content,
            ModuleVersion latest) {
        String slug = content.manifest().id();
        int version = content.manifest().version();
        if (version == latest.getVersion() && latest.getPackageSha256().equals(content.sha256())) {
            if (!versions.hasArchive(latest)) {
                versions.keepArchive(latest, files);
            }
            return Optional.of(new ImportResult(slug, version, Outcome.UNCHANGED, null));
        }
        if (version == latest.getVersion()) {
            throw new VersionConflictException(files.name(), "version.alreadyPublished", version, slug, version + 1);
        }
        if (version < latest.getVersion()) {
            LOG.info(() -> "Bundled " + slug + " version " + version + " left alone: version "
                    + latest.getVersion() + " was staged on the platform");
            return Optional.of(new ImportResult(slug, version, Outcome.SUPERSEDED, null));
        }
        if (latest.getStatus() == ModuleStatus.RETIRED) {
            LOG.info(() -> "Bundled " + slug + " version " + version + " left alone: the module was retired on the"
                    + " platform");
            return Optional.of(new ImportResult(slug, version, Outcome.SUPERSEDED, null));
        }
        if (latest.getStatus() == ModuleStatus.DRAFT) {
            throw new VersionConflictException(files.name(), "version.draftPending", latest.getVersion(), slug);
        }
        return Optional.empty();
    }
}
