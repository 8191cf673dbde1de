package org.greencustoms.elearning.audit.boundary;

import org.greencustoms.elearning.platform.export.TableExport;
import org.greencustoms.elearning.platform.export.ExportTable;
import org.greencustoms.elearning.platform.export.ExportFormat;
import java.util.Arrays;
import java.io.OutputStream;
import java.io.IOException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.greencustoms.elearning.audit.entity.AuditEvent;
import org.greencustoms.elearning.platform.Audited;
import org.greencustoms.elearning.platform.Page;

/** The audit log, for administrators: filtered by actor, action, record and time, newest first, and exported. */
@Stateless
@RolesAllowed("ADMIN")
public class AuditLog {

    /** Criteria; every one optional. {@code record} matches the record's id; {@code from} inclusive, {@code to} not. */
    public record Query(String actor, String action, String record, Instant from, Instant to) {

        public static Query all() {
            return new Query(null, null, null, null, null);
        }
    }

    public record Entry(long id, Instant at, String actor, String action, String recordType, String recordId,
            String detail) {

        static Entry of(AuditEvent event) {
            return new Entry(event.getId(), event.getAt(), event.getActor(), event.getAction(), event.getRecordType(),
                    event.getRecordId(), event.getDetail());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Audited> audited;

    public Page<Entry> search(Query query, int offset, int limit) {
        long total = where(query, "select count(e) from AuditEvent e", Long.class, "").getSingleResult();
        List<Entry> entries = where(query, "select e from AuditEvent e", AuditEvent.class,
                " order by e.at desc, e.id desc").setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(Entry::of).toList();
        return new Page<>(total, offset, limit, entries);
    }

    /**
     * Writes every matching entry, oldest first, as CSV or XLSX, read as it is written out inside this method's
     * transaction (the cursor stays open); the export itself is audited too.
     */
    public void export(Query query, ExportFormat format, OutputStream out) throws IOException {
        audited.fire(new Audited("EXPORTED", "AUDIT_LOG", null, String.valueOf(query)));
        Stream<List<?>> rows = where(query, "select e from AuditEvent e", AuditEvent.class, " order by e.at, e.id")
                .setHint("org.hibernate.fetchSize", 500).getResultStream().map(Entry::of)
                .map(e -> Arrays.asList(e.at(), e.actor(), e.action(), e.recordType(), e.recordId(), e.detail()));
        TableExport.write(new ExportTable("Audit log", List.of("At (UTC)", "Actor", "Action", "Record type",
                "Record", "Detail"), rows), format, out);
    }

    /** The actions that occur in the log, for the filter's choices. */
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> where(Query query, String select, Class<T> type, String order) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        condition(jpql, parameters, "e.actor = :actor", "actor", blankToNull(query.actor()));
        condition(jpql, parameters, "e.action = :action", "action", blankToNull(query.action()));
        condition(jpql, parameters, "e.recordId = :record", "record", blankToNull(query.record()));
        condition(jpql, parameters, "e.at >= :from", "from", query.from());
        condition(jpql, parameters, "e.at < :to", "to", query.to());
        TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            jpql.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
