package org.greencustoms.elearning.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.greencustoms.elearning.catalog.entity.Module;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.content.boundary.ImportResult.Outcome;
import org.greencustoms.elearning.content.control.DraftStager;
import org.greencustoms.elearning.content.control.PackageContent;
import org.greencustoms.elearning.content.control.PackageFiles;
import org.greencustoms.elearning.content.control.PackageParser;
import org.greencustoms.elearning.content.control.VersionConflictException;

/**
 * Imports content packages: validates a package completely, stages it as a draft version and publishes that draft
 * in one transaction, or refuses it whole. A refused package changes nothing, so the last good version stays published.
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
        Module module = em.createNamedQuery(Module.BY_SLUG, Module.class).setParameter("slug", slug)
                .getResultList().stream().findFirst()
                .orElseGet(() -> {
                    Module created = new Module(slug, Instant.now(clock));
                    em.persist(created);
                    return created;
                });
        // One import of a module at a time, across servers: the second waits, then sees what the first published.
        em.lock(module, LockModeType.PESSIMISTIC_WRITE);
        Optional<ModuleVersion> latest = em.createNamedQuery(ModuleVersion.LATEST_BY_MODULE, ModuleVersion.class)
                .setParameter("module", module).setMaxResults(1).getResultList().stream().findFirst();
        if (latest.isPresent()) {
            Optional<ImportResult> unchanged = checkVersion(files.name(), content, latest.get());
            if (unchanged.isPresent()) {
                return unchanged.get();
            }
        }
        Instant now = Instant.now(clock);
        ModuleVersion draft = new DraftStager(em).stage(module, content, now, null);
        Integer retired = publish(draft, now, null);
        LOG.info(() -> "Published " + slug + " version " + version
                + (retired == null ? "" : ", retiring version " + retired));
        return new ImportResult(slug, version, Outcome.PUBLISHED, retired);
    }

    /**
     * Publishes a draft in place of the module's published version, which is retired: the two steps in one
     * transaction, so that learners always find exactly one published version.
     *
     * @return the version retired, or null if none was published
     */
    private Integer publish(ModuleVersion draft, Instant now, String by) {
        Integer retired = em.createNamedQuery(ModuleVersion.PUBLISHED_BY_SLUG, ModuleVersion.class)
                .setParameter("slug", draft.getSlug()).getResultList().stream().findFirst().map(previous -> {
                    previous.retire(now);
                    return previous.getVersion();
                }).orElse(null);
        draft.publish(now, by);
        return retired;
    }

    private static Optional<ImportResult> checkVersion(String name, PackageContent content, ModuleVersion latest) {
        int version = content.manifest().version();
        if (version == latest.getVersion()) {
            if (latest.getPackageSha256().equals(content.sha256())) {
                return Optional.of(new ImportResult(content.manifest().id(), version, Outcome.UNCHANGED, null));
            }
            throw new VersionConflictException(name, "version.alreadyPublished", version, content.manifest().id(),
                    version + 1);
        }
        if (version < latest.getVersion()) {
            throw new VersionConflictException(name, "version.older", version, latest.getVersion(),
                    latest.getVersion() + 1);
        }
        return Optional.empty();
    }
}
