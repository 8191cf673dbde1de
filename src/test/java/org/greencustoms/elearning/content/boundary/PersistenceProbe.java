package org.greencustoms.elearning.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** How many rows each table of a package's content holds: what a refused upload must leave unchanged. */
    public Map<String, Long> contentRows() {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : List.of("module", "module_version", "unit", "unit_text", "question", "media_file",
                "package_archive")) {
            rows.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                    .longValue());
        }
        return rows;
    }

    public List<String> englishUnitHtml(String slug, int version) {
        return em.createQuery("""
                select t.bodyHtml from Unit u join u.texts t
                where u.moduleVersion.module.slug = :slug and u.moduleVersion.version = :version and key(t) = 'en'
                order by u.position""", String.class)
                .setParameter("slug", slug).setParameter("version", version).getResultList();
    }
}
