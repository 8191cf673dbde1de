package org.greencustoms.elearning.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.SessionFactory;

/** Test-only window on the persistence unit, deployed with the import tests (Arquillian does not inject JPA). */
@Stateless
public class PersistenceProbe {

    @PersistenceContext
    EntityManager em;

    public SessionFactory sessionFactory() {
        return em.getEntityManagerFactory().unwrap(SessionFactory.class);
    }

    public String entityManagerClass() {
        return em.getDelegate().getClass().getName();
    }

    public List<String> englishUnitHtml(String slug, int version) {
        return em.createQuery("""
                select t.bodyHtml from Unit u join u.texts t
                where u.moduleVersion.module.slug = :slug and u.moduleVersion.version = :version and key(t) = 'en'
                order by u.position""", String.class)
                .setParameter("slug", slug).setParameter("version", version).getResultList();
    }
}
