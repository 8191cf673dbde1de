package org.greencustoms.elearning.reporting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.greencustoms.elearning.catalog.entity.ModuleStatus;
import org.greencustoms.elearning.people.boundary.IndicatorScope;
import org.greencustoms.elearning.people.entity.Role;

/**
 * What the programme indicators count, read with a fixed number of set-based statements whatever the number of
 * officers: per officer and module, when they began, completed the reading and were certified; each officer's
 * administration; each administration's regions; each module's agreements and unit count. Officers are accounts with
 * the learner role, within the caller's {@link IndicatorScope}.
 */
@Dependent
public class IndicatorFacts {

    /** What was read. */
    public record Facts(List<OfficerActivity> activities, Map<Long, String> administrationOf,
            Map<String, String> administrationNames, Map<String, Set<String>> regionsOf,
            Map<Long, Set<String>> agreementsOf) {
    }

    private record Pair(long learnerId, long moduleId) {
    }

    private static final class Moments {
        Instant began;
        Instant completed;
        Instant certified;

        void began(Instant at) {
            if (at != null && (began == null || at.isBefore(began))) {
                began = at;
            }
        }
    }

    private static final Pattern WHERE = Pattern.compile("\\bwhere\\b");

    @PersistenceContext
    EntityManager em;

    public Facts read(IndicatorScope scope) {
        Map<Long, String> administrationOf = new HashMap<>();
        scoped("select u.id, u.administrationCode from UserAccount u join u.roles r where r = :learner", "u.id",
                scope).getResultStream().forEach(r -> administrationOf.put((Long) r[0], (String) r[1]));
        Map<Long, Integer> unitCounts = new HashMap<>();
        Map<Long, Set<String>> agreementsOf = new HashMap<>();
        em.createQuery("""
                select v.module.id, size(v.units) from ModuleVersion v where v.status = :published""", Object[].class)
                .setParameter("published", ModuleStatus.PUBLISHED).getResultStream()
                .forEach(r -> unitCounts.put((Long) r[0], (Integer) r[1]));
        em.createQuery("""
                select v.module.id, c from ModuleVersion v join v.conventionCodes c where v.status = :published""",
                Object[].class).setParameter("published", ModuleStatus.PUBLISHED).getResultStream()
                .forEach(r -> agreementsOf.computeIfAbsent((Long) r[0], k -> new TreeSet<>()).add((String) r[1]));
        Map<String, String> administrationNames = new HashMap<>();
        Map<String, Set<String>> regionsOf = new HashMap<>();
        em.createQuery("select a.code, a.name, r from Administration a left join a.regions r", Object[].class)
                .getResultStream().forEach(r -> {
                    administrationNames.put((String) r[0], (String) r[1]);
                    if (r[2] != null) {
                        regionsOf.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add((String) r[2]);
                    }
                });

        Map<Pair, Moments> moments = new HashMap<>();
        scoped("""
                select p.id.learnerId, p.id.moduleId, min(p.firstViewedAt), count(p.completedAt), max(p.completedAt)
                from UnitProgress p""", "p.id.learnerId", scope, " group by p.id.learnerId, p.id.moduleId")
                .getResultStream().forEach(r -> {
                    Moments m = moments.computeIfAbsent(new Pair((Long) r[0], (Long) r[1]), k -> new Moments());
                    m.began((Instant) r[2]);
                    Integer units = unitCounts.get((Long) r[1]);
                    if (units != null && units > 0 && (Long) r[3] >= units) {
                        m.completed = (Instant) r[4];
                    }
                });
        scoped("select a.learner.id, a.module.id, min(a.startedAt) from Attempt a", "a.learner.id", scope,
                " group by a.learner.id, a.module.id").getResultStream()
                .forEach(r -> moments.computeIfAbsent(new Pair((Long) r[0], (Long) r[1]), k -> new Moments())
                        .began((Instant) r[2]));
        scoped("""
                select e.id.otherId, m.id.otherId, min(e.enrolledAt) from Enrolment e, Assignment m
                where m.id.cohortId = e.id.cohortId""", "e.id.otherId", scope,
                " group by e.id.otherId, m.id.otherId").getResultStream()
                .forEach(r -> moments.computeIfAbsent(new Pair((Long) r[0], (Long) r[1]), k -> new Moments())
                        .began((Instant) r[2]));
        scoped("select c.learner.id, c.module.id, c.issuedAt from Certificate c", "c.learner.id", scope, "")
                .getResultStream().forEach(r -> {
                    Moments m = moments.computeIfAbsent(new Pair((Long) r[0], (Long) r[1]), k -> new Moments());
                    m.certified = (Instant) r[2];
                    m.began((Instant) r[2]);
                });

        List<OfficerActivity> activities = new ArrayList<>();
        moments.forEach((pair, m) -> {
            if (administrationOf.containsKey(pair.learnerId())) {
                activities.add(new OfficerActivity(pair.learnerId(), pair.moduleId(), m.began, m.completed,
                        m.certified));
            }
        });
        return new Facts(activities, administrationOf, administrationNames, regionsOf, agreementsOf);
    }

    private TypedQuery<Object[]> scoped(String select, String learnerId, IndicatorScope scope) {
        return scoped(select, learnerId, scope, "");
    }

    /** The query restricted to the scope's officers, by a subquery rather than a list of ids. */
    private TypedQuery<Object[]> scoped(String select, String learnerId, IndicatorScope scope, String groupBy) {
        StringBuilder jpql = new StringBuilder(select);
        String joiner = WHERE.matcher(select).find() ? " and " : " where ";
        if (scope.administration() != null) {
            jpql.append(joiner).append(learnerId)
                    .append(" in (select s.id from UserAccount s where s.administrationCode = :administration)");
        } else if (scope.trainerId() != null) {
            jpql.append(joiner).append(learnerId).append(" in (select se.id.otherId from Enrolment se,")
                    .append(" Cohort sc join sc.trainers st where se.id.cohortId = sc.id and st.id = :trainer)");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.append(groupBy).toString(), Object[].class);
        if (select.contains(":learner")) {
            query.setParameter("learner", Role.LEARNER);
        }
        if (scope.administration() != null) {
            query.setParameter("administration", scope.administration());
        } else if (scope.trainerId() != null) {
            query.setParameter("trainer", scope.trainerId());
        }
        return query;
    }
}
