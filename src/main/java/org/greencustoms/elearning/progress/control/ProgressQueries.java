package org.greencustoms.elearning.progress.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greencustoms.elearning.assessment.control.Grades;
import org.greencustoms.elearning.assessment.entity.Attempt;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.catalog.entity.Unit;
import org.greencustoms.elearning.certificates.entity.Certificate;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.progress.boundary.ModuleProgress;
import org.greencustoms.elearning.progress.entity.UnitProgress;

/**
 * Where a learner stands, read inside the caller's transaction: by the learner's own pages, and by the completion
 * check that runs in the transaction of the step that may complete a module.
 */
@Dependent
public class ProgressQueries {

    @PersistenceContext
    EntityManager em;

    /** The modules the learner has started (read a unit of, or attempted), most recent first. */
    public List<ModuleProgress> modulesOf(UserAccount learner, String language) {
        Map<Long, List<UnitProgress>> units = em.createNamedQuery(UnitProgress.BY_LEARNER, UnitProgress.class)
                .setParameter("learner", learner.getId()).getResultList().stream()
                .collect(Collectors.groupingBy(UnitProgress::getModuleId));
        Map<Long, List<Attempt>> attempts = em.createNamedQuery(Attempt.BY_LEARNER, Attempt.class)
                .setParameter("learner", learner).getResultList().stream()
                .collect(Collectors.groupingBy(attempt -> attempt.getModule().getId()));
        Map<Long, String> certificates = em.createNamedQuery(Certificate.BY_LEARNER, Certificate.class)
                .setParameter("learner", learner.getId()).getResultList().stream()
                .collect(Collectors.toMap(c -> c.getModuleVersion().getModule().getId(), Certificate::getCode));
        return em.createNamedQuery(ModuleVersion.PUBLISHED, ModuleVersion.class).getResultList().stream()
                .filter(v -> units.containsKey(v.getModule().getId()) || attempts.containsKey(v.getModule().getId()))
                .map(v -> progress(v, units.getOrDefault(v.getModule().getId(), List.of()),
                        attempts.getOrDefault(v.getModule().getId(), List.of()),
                        certificates.get(v.getModule().getId()), language))
                .sorted(Comparator.comparing(ModuleProgress::lastActivity, Comparator.reverseOrder()))
                .toList();
    }

    /** Whether the learner has marked every unit of this version as done. */
    public boolean allUnitsDone(UserAccount learner, ModuleVersion version) {
        List<String> units = version.getUnits().stream().map(Unit::getKey).toList();
        long done = em.createNamedQuery(UnitProgress.COUNT_DONE, Long.class).setParameter("learner", learner.getId())
                .setParameter("module", version.getModule().getId()).setParameter("units", units).getSingleResult();
        return done == units.size();
    }

    /** Where the learner stands in the module's published version (certificate not looked up). */
    public ModuleProgress moduleOf(UserAccount learner, ModuleVersion version, String language) {
        List<UnitProgress> units = em.createNamedQuery(UnitProgress.BY_LEARNER_AND_MODULE, UnitProgress.class)
                .setParameter("learner", learner.getId()).setParameter("module", version.getModule().getId())
                .getResultList();
        List<Attempt> attempts = em.createNamedQuery(Attempt.BY_LEARNER_AND_MODULE, Attempt.class)
                .setParameter("learner", learner).setParameter("module", version.getModule()).getResultList();
        return progress(version, units, attempts, null, language);
    }

    private static ModuleProgress progress(ModuleVersion version, List<UnitProgress> units, List<Attempt> attempts,
            String certificate, String language) {
        List<String> done = units.stream().filter(UnitProgress::isCompleted).map(UnitProgress::getUnitKey).toList();
        List<Unit> moduleUnits = version.getUnits();
        int unitsDone = (int) moduleUnits.stream().filter(u -> done.contains(u.getKey())).count();
        String nextUnit = moduleUnits.stream().map(Unit::getKey).filter(key -> !done.contains(key)).findFirst()
                .orElse(null);
        List<Attempt> submitted = attempts.stream().filter(Attempt::isSubmitted)
                .sorted(Comparator.comparing(Attempt::getNumber)).toList();
        OptionalDouble grade = Grades.moduleGrade(version.getQuiz().getGradingMethod(),
                submitted.stream().map(Attempt::getPercent).toList());
        boolean passed = grade.isPresent() && Grades.passed(grade.getAsDouble(), version.getQuiz().getPassMark());
        int max = version.getQuiz().getMaxAttempts();
        boolean quizOpen = version.getQuiz().getQuestionCount() > 0
                && (max == 0 || attempts.size() < max || attempts.stream().anyMatch(a -> !a.isSubmitted()));
        boolean completed = version.getQuiz().getCompletionRule().completed(unitsDone == moduleUnits.size(), passed,
                version.getQuiz().getQuestionCount() > 0);
        Instant last = Stream.concat(
                units.stream().flatMap(u -> Stream.of(u.getFirstViewedAt(), u.getCompletedAt())),
                attempts.stream().flatMap(a -> Stream.of(a.getStartedAt(), a.getSubmittedAt())))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        return new ModuleProgress(version.getSlug(), version.text(language).getTitle(), unitsDone, moduleUnits.size(),
                last, grade.isPresent() ? grade.getAsDouble() : null, passed, completed, nextUnit, quizOpen,
                certificate);
    }
}
