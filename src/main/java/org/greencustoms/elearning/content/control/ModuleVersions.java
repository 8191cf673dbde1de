package org.greencustoms.elearning.content.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greencustoms.elearning.assessment.entity.Question;
import org.greencustoms.elearning.catalog.entity.Module;
import org.greencustoms.elearning.catalog.entity.ModuleStatus;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.content.entity.PackageArchive;

/**
 * The versions of one module through their lifecycle, draft → published → retired: shared by the start-up import
 * and the authors' boundary, which both work on a module they have locked.
 */
public final class ModuleVersions {

    private final EntityManager em;

    public ModuleVersions(EntityManager em) {
        this.em = em;
    }

    public Optional<Module> find(String slug) {
        return em.createNamedQuery(Module.BY_SLUG, Module.class).setParameter("slug", slug).getResultList().stream()
                .findFirst();
    }

    /**
     * The module, created if new, locked until the transaction ends: one change of a module at a time, across
     * servers; the second waits, then sees what the first did.
     */
    public Module lock(String slug, Instant now) {
        Module module = find(slug).orElseGet(() -> {
            Module created = new Module(slug, now);
            em.persist(created);
            return created;
        });
        em.lock(module, LockModeType.PESSIMISTIC_WRITE);
        return module;
    }

    /** Every version of the module, newest first. */
    public List<ModuleVersion> all(Module module) {
        return em.createNamedQuery(ModuleVersion.LATEST_BY_MODULE, ModuleVersion.class)
                .setParameter("module", module).getResultList();
    }

    public Optional<ModuleVersion> latest(Module module) {
        return all(module).stream().findFirst();
    }

    public Optional<ModuleVersion> inStatus(Module module, ModuleStatus status) {
        return all(module).stream().filter(v -> v.getStatus() == status).findFirst();
    }

    public Optional<ModuleVersion> version(Module module, int number) {
        return all(module).stream().filter(v -> v.getVersion() == number).findFirst();
    }

    /**
     * The problem with a new draft of this version, if it is not above every version learners have had (drafts
     * do not count: a new upload replaces them).
     */
    public Optional<Problem> notAboveReleased(String slug, String packageName, int version) {
        return find(slug).flatMap(module -> all(module).stream()
                        .filter(v -> v.getStatus() != ModuleStatus.DRAFT).findFirst())
                .filter(released -> version <= released.getVersion())
                .map(released -> new VersionConflictException(packageName, "version.notAbove", version,
                        released.getVersion(), released.getVersion() + 1).problems().get(0));
    }

    /** Stores a validated package as a new draft, with the package itself. */
    public ModuleVersion stage(Module module, PackageFiles files, PackageContent content, Instant now, String by) {
        ModuleVersion draft = new DraftStager(em).stage(module, content, now, by);
        keepArchive(draft, files);
        return draft;
    }

    /** Keeps the package of a version; for versions staged before packages were kept, once it is found again. */
    public void keepArchive(ModuleVersion version, PackageFiles files) {
        em.persist(new PackageArchive(version, files.sha256(), files.toZip()));
    }

    public Optional<PackageArchive> archive(ModuleVersion version) {
        return Optional.ofNullable(em.find(PackageArchive.class, version.getId()));
    }

    /** Whether the version's package was kept, without reading it (it may be tens of megabytes). */
    public boolean hasArchive(ModuleVersion version) {
        return em.createQuery("select count(a) from PackageArchive a where a.id = :id", Long.class)
                .setParameter("id", version.getId()).getSingleResult() > 0;
    }

    /**
     * Publishes a draft in place of the module's published version, which is retired: both in one transaction, so
     * that learners always find at most one published version.
     *
     * @return the version retired, or null if none was published
     */
    public Integer publish(ModuleVersion draft, Instant now, String by) {
        Integer retired = inStatus(draft.getModule(), ModuleStatus.PUBLISHED).map(previous -> {
            previous.retire(now);
            return previous.getVersion();
        }).orElse(null);
        draft.publish(now, by);
        return retired;
    }

    /** Deletes a draft and everything staged with it; no learner has seen it, so nothing else refers to it. */
    public void discard(ModuleVersion draft) {
        if (draft.getStatus() != ModuleStatus.DRAFT) {
            throw new IllegalStateException("Version " + draft.getVersion() + " is " + draft.getStatus());
        }
        em.createNamedQuery(Question.BY_VERSION, Question.class).setParameter("version", draft).getResultList()
                .forEach(em::remove);
        em.createQuery("delete from MediaFile m where m.moduleVersion = :version")
                .setParameter("version", draft).executeUpdate();
        // Removed as an entity, not by a bulk delete: a bank import has it in the persistence context already.
        archive(draft).ifPresent(em::remove);
        em.remove(draft);
        em.flush();
    }
}
