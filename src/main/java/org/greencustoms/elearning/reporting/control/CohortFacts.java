package org.greencustoms.elearning.reporting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greencustoms.elearning.catalog.entity.ModuleStatus;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.catalog.entity.QuizSettings;
import org.greencustoms.elearning.catalog.entity.Unit;
import org.greencustoms.elearning.people.entity.Assignment;

/**
 * Everything the progress matrix of one cohort needs, read with a fixed number of set-based statements whatever the
 * number of learners: the assignments, the published versions of the assigned modules (with units and texts), and
 * per learner and module the units done, the attempts and the certificate, each as one grouped or flat query over
 * the cohort's learners.
 */
@Dependent
public class CohortFacts {

    /** The matrix as read: its columns and one row per learner, by name. */
    public record Matrix(List<MatrixColumn> columns, List<MatrixRow> rows, List<Completion> completions) {
    }

    /** A certificate issued to a learner of the cohort for an assigned module, for the chart of completions. */
    public record Completion(String module, Instant issuedAt) {
    }

    private record Pair(long learner, long module) {
    }

    private record Learner(long id, String username, String displayName, String administration) {

        MatrixRow row(List<ModuleFacts.Cell> cells) {
            return new MatrixRow(id, username, displayName, administration, cells);
        }
    }

    private record Units(long done, Instant last) {
    }

    private record AttemptFact(int number, Double percent, Instant startedAt, Instant submittedAt) {
    }

    private record CertificateFact(Double percent, Instant issuedAt) {
    }

    @PersistenceContext
    EntityManager em;

    public Matrix read(long cohortId, String language, LocalDate today) {
        List<Assignment> assignments = em.createNamedQuery(Assignment.OF_COHORT, Assignment.class)
                .setParameter("cohort", cohortId).getResultList();
        // Columns, not accounts: an account would bring its roles, a statement per batch of learners.
        List<Learner> learners = em.createQuery("""
                select l.id, l.username, l.displayName, l.administrationCode from Enrolment e join e.learner l
                where e.id.cohortId = :cohort order by l.displayName, l.username""", Object[].class)
                .setParameter("cohort", cohortId).getResultStream()
                .map(r -> new Learner((Long) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
        if (assignments.isEmpty()) {
            return new Matrix(List.of(), learners.stream().map(l -> l.row(List.of())).toList(), List.of());
        }
        List<Long> moduleIds = assignments.stream().map(a -> a.getModule().getId()).toList();
        Map<Long, ModuleVersion> versions = published(moduleIds);
        Set<String> unitKeys = versions.values().stream().flatMap(v -> v.getUnits().stream()).map(Unit::getKey)
                .collect(Collectors.toSet());
        Map<Pair, Units> units = units(cohortId, moduleIds, unitKeys);
        Map<Pair, List<AttemptFact>> attempts = attempts(cohortId, moduleIds);
        Map<Pair, CertificateFact> certificates = certificates(cohortId, moduleIds);

        List<MatrixColumn> columns = new ArrayList<>();
        for (Assignment assignment : assignments) {
            ModuleVersion version = versions.get(assignment.getModule().getId());
            columns.add(new MatrixColumn(assignment.getModule().getSlug(), version == null
                    ? assignment.getModule().getSlug() : version.text(language).getTitle(), assignment.getDueOn(),
                    version == null ? 0 : version.getUnits().size(),
                    version == null ? 0 : version.getQuiz().getQuestionCount()));
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (Learner learner : learners) {
            List<ModuleFacts.Cell> cells = new ArrayList<>();
            for (Assignment assignment : assignments) {
                Pair key = new Pair(learner.id(), assignment.getModule().getId());
                ModuleVersion version = versions.get(key.module());
                cells.add(version == null ? withdrawn(certificates.get(key))
                        : facts(version, units.get(key), attempts.getOrDefault(key, List.of()), certificates.get(key))
                                .cell(assignment.getDueOn(), today));
            }
            rows.add(learner.row(cells));
        }
        Map<Long, String> slugs = assignments.stream().collect(Collectors.toMap(a -> a.getModule().getId(),
                a -> a.getModule().getSlug()));
        List<Completion> completions = certificates.entrySet().stream()
                .map(e -> new Completion(slugs.get(e.getKey().module()), e.getValue().issuedAt()))
                .sorted(Comparator.comparing(Completion::issuedAt)).toList();
        return new Matrix(columns, rows, completions);
    }


    /** A module withdrawn from the catalogue since it was assigned: passed if certified, else nothing to do. */
    private static ModuleFacts.Cell withdrawn(CertificateFact certificate) {
        return certificate == null ? new ModuleFacts.Cell(CellStatus.NOT_STARTED, 0, null, false, 0, null)
                : new ModuleFacts.Cell(CellStatus.PASSED, 100, certificate.percent(), false, 0,
                        certificate.issuedAt());
    }

    private static ModuleFacts facts(ModuleVersion version, Units units, List<AttemptFact> attempts,
            CertificateFact certificate) {
        QuizSettings quiz = version.getQuiz();
        List<AttemptFact> inOrder = attempts.stream().sorted(Comparator.comparingInt(AttemptFact::number)).toList();
        List<Double> submitted = inOrder.stream().filter(a -> a.submittedAt() != null && a.percent() != null)
                .map(AttemptFact::percent).toList();
        Instant last = latest(units == null ? null : units.last(), inOrder.stream().map(a -> latest(a.startedAt(),
                a.submittedAt())).max(Comparator.naturalOrder()).orElse(null));
        int unitCount = version.getUnits().size();
        return new ModuleFacts(units == null ? 0 : (int) Math.min(units.done(), unitCount), unitCount,
                quiz.getQuestionCount(), submitted, inOrder.size(), quiz.getMaxAttempts(), quiz.getGradingMethod(),
                quiz.getPassMark(), quiz.getCompletionRule(), certificate != null, certificate == null ? null : certificate.percent(),
                certificate == null ? last : latest(last, certificate.issuedAt()));
    }

    private Map<Long, ModuleVersion> published(List<Long> moduleIds) {
        return em.createQuery("""
                select distinct v from ModuleVersion v left join fetch v.units
                where v.module.id in :modules and v.status = :published""", ModuleVersion.class)
                .setParameter("modules", moduleIds).setParameter("published", ModuleStatus.PUBLISHED)
                // A list, not a stream: Hibernate removes a fetch join's repeated rows from a list only. Texts are
                // not fetched here too: units are a bag, which the product with texts would repeat.
                .getResultList().stream().collect(Collectors.toMap(v -> v.getModule().getId(), Function.identity()));
    }

    private Map<Pair, Units> units(long cohortId, List<Long> moduleIds, Set<String> unitKeys) {
        if (unitKeys.isEmpty()) {
            return Map.of();
        }
        Map<Pair, Units> units = new HashMap<>();
        em.createQuery("""
                select p.id.learnerId, p.id.moduleId, count(p.completedAt), max(p.firstViewedAt), max(p.completedAt)
                from UnitProgress p
                where p.id.moduleId in :modules and p.id.unitKey in :units
                  and p.id.learnerId in (select e.id.otherId from Enrolment e where e.id.cohortId = :cohort)
                group by p.id.learnerId, p.id.moduleId""", Object[].class)
                .setParameter("modules", moduleIds).setParameter("units", unitKeys).setParameter("cohort", cohortId)
                .getResultStream().forEach(r -> units.put(new Pair((Long) r[0], (Long) r[1]),
                        new Units((Long) r[2], latest((Instant) r[3], (Instant) r[4]))));
        return units;
    }

    private Map<Pair, List<AttemptFact>> attempts(long cohortId, List<Long> moduleIds) {
        Map<Pair, List<AttemptFact>> attempts = new HashMap<>();
        em.createQuery("""
                select a.learner.id, a.module.id, a.number, a.percent, a.startedAt, a.submittedAt from Attempt a
                where a.module.id in :modules
                  and a.learner.id in (select e.id.otherId from Enrolment e where e.id.cohortId = :cohort)""",
                Object[].class)
                .setParameter("modules", moduleIds).setParameter("cohort", cohortId).getResultStream()
                .forEach(r -> attempts.computeIfAbsent(new Pair((Long) r[0], (Long) r[1]), k -> new ArrayList<>())
                        .add(new AttemptFact((Integer) r[2], (Double) r[3], (Instant) r[4], (Instant) r[5])));
        return attempts;
    }

    private Map<Pair, CertificateFact> certificates(long cohortId, List<Long> moduleIds) {
        Map<Pair, CertificateFact> certificates = new HashMap<>();
        em.createQuery("""
                select c.learner.id, c.module.id, c.percent, c.issuedAt from Certificate c
                where c.module.id in :modules
                  and c.learner.id in (select e.id.otherId from Enrolment e where e.id.cohortId = :cohort)""",
                Object[].class)
                .setParameter("modules", moduleIds).setParameter("cohort", cohortId).getResultStream()
                .forEach(r -> certificates.put(new Pair((Long) r[0], (Long) r[1]),
                        new CertificateFact((Double) r[2], (Instant) r[3])));
        return certificates;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
