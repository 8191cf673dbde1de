package org.greencustoms.elearning.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.greencustoms.elearning.content.entity.MediaFile;

/** The images of published module versions, by the address units refer to them with. */
@Stateless
@PermitAll
public class MediaLibrary {

    @PersistenceContext
    EntityManager em;

    /** The file {@code media/<path>} of version {@code version} of module {@code slug}, if there is one. */
    public Optional<MediaFile> find(String slug, int version, String path) {
        return em.createNamedQuery(MediaFile.BY_ADDRESS, MediaFile.class)
                .setParameter("slug", slug)
                .setParameter("version", version)
                .setParameter("path", "media/" + path)
                .getResultStream().findFirst();
    }
}
