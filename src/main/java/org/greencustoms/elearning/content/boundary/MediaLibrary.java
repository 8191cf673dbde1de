package org.greencustoms.elearning.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.greencustoms.elearning.content.entity.MediaFile;

/**
 * The images of module versions, by the address units refer to them with: those of versions learners have had for
 * everyone, those of drafts only for authors previewing them.
 */
@Stateless
@PermitAll
public class MediaLibrary {

    @PersistenceContext
    EntityManager em;

    /** The file {@code media/<path>} of version {@code version} of module {@code slug}, if there is one. */
    public Optional<MediaFile> find(String slug, int version, String path) {
        return find(slug, version, path, false);
    }

    /** The file of a draft, which may still change: never to be cached. */
    @RolesAllowed({"AUTHOR", "ADMIN"})
    public Optional<MediaFile> findInDraft(String slug, int version, String path) {
        return find(slug, version, path, true);
    }

    private Optional<MediaFile> find(String slug, int version, String path, boolean draft) {
        return em.createNamedQuery(MediaFile.BY_ADDRESS, MediaFile.class)
                .setParameter("draft", draft)
                .setParameter("slug", slug)
                .setParameter("version", version)
                .setParameter("path", "media/" + path)
                .getResultStream().findFirst();
    }
}
