package org.greencustoms.elearning.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.people.boundary.Scope;
import org.greencustoms.elearning.platform.Audited;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.platform.export.ExportTable;
import org.greencustoms.elearning.reporting.control.ChoiceCounts;
import org.greencustoms.elearning.reporting.control.ItemAnalysis;
import org.greencustoms.elearning.reporting.control.ItemFacts;
import org.greencustoms.elearning.reporting.control.QuestionStatistics;
import org.greencustoms.elearning.reporting.control.QuizStatistics;

/**
 * Quiz item analysis for trainers, with Moodle's definitions: for one of the caller's cohorts, or for every learner
 * the caller may see (an administrator everyone, a trainer the learners of all the cohorts they run).
 */
@Stateless
@RolesAllowed({"TRAINER", "ADMIN"})
public class ItemReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scope scope;

    @Inject
    ItemFacts facts;

    @Inject
    Event<Audited> audited;

    /**
     * @param version the version to analyse; null for the newest with submitted attempts (else the published one)
     * @param cohortId null for everyone the caller may see
     */
    public ItemReport analyse(String module, Integer version, Long cohortId, boolean firstAttemptsOnly,
            String language) {
        if (module == null || module.isBlank()) {
            throw new InvalidRequestException(List.of("module: the id of the module to analyse"));
        }
        ItemFacts.Whose whose = whose(cohortId);
        List<Integer> versions = versionsWithAttempts(module);
        ModuleVersion chosen = version(module, version != null ? version
                : versions.isEmpty() ? null : versions.get(0));
        ItemFacts.Facts read = facts.read(chosen, whose, firstAttemptsOnly, language);
        QuizStatistics quiz = ItemAnalysis.analyse(read.questions(), read.attempts());
        return new ItemReport(chosen.getSlug(), chosen.text(language).getTitle(), chosen.getVersion(), versions,
                cohortId, firstAttemptsOnly, quiz, ItemAnalysis.byLanguage(read.questions(), read.attempts()),
                ChoiceCounts.count(read.choices()));
    }

    /** One line per question: its statistics and flags, then the facility in each language. */
    public ExportTable export(String module, Integer version, Long cohortId, boolean firstAttemptsOnly,
            String language) {
        ItemReport report = analyse(module, version, cohortId, firstAttemptsOnly, language);
        List<String> languages = List.copyOf(report.languages().byLanguage().keySet());
        List<String> headers = new ArrayList<>(List.of("Question", "Prompt", "Max mark", "Attempts", "Facility %", "SD %",
                "Discrimination index", "Discriminative efficiency", "Flags"));
        languages.forEach(l -> headers.add("Facility % (" + l + ")"));
        audited.fire(new Audited("EXPORTED", "ITEM_ANALYSIS", report.module() + " v" + report.version(),
                cohortId == null ? "everyone" : "cohort " + cohortId));
        return new ExportTable("Items " + report.module() + " v" + report.version(), headers,
                report.quiz().questions().stream().map(q -> line(q, report, languages)));
    }

    private static List<?> line(QuestionStatistics q, ItemReport report, List<String> languages) {
        List<Object> cells = new ArrayList<>(List.of(q.key(), q.label(), q.maxMark(), q.attemptCount()));
        cells.add(percent(q.facility()));
        cells.add(percent(q.standardDeviation()));
        cells.add(value(q.discriminationIndex()));
        cells.add(value(q.discriminativeEfficiency()));
        cells.add(q.flags().stream().map(Enum::name).collect(Collectors.joining(" ")));
        for (String l : languages) {
            cells.add(report.languages().byLanguage().get(l).questions().stream()
                    .filter(other -> other.key().equals(q.key())).findFirst()
                    .map(other -> percent(other.facility())).orElse(""));
        }
        return cells;
    }

    /** Facility and SD are fractions of the mark; exported as percentages, "" when there is not enough data. */
    private static Object percent(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 1000) / 10.0 : "";
    }

    private static Object value(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 10) / 10.0 : "";
    }

    private ItemFacts.Whose whose(Long cohortId) {
        if (cohortId != null) {
            scope.cohort(cohortId);
            return new ItemFacts.Whose(cohortId, null);
        }
        return scope.isAdmin() ? new ItemFacts.Whose(null, null) : new ItemFacts.Whose(null, scope.caller().getId());
    }

    private List<Integer> versionsWithAttempts(String module) {
        return em.createQuery("""
                select distinct a.moduleVersion.version from Attempt a
                where a.module.slug = :module and a.submittedAt is not null
                order by a.moduleVersion.version desc""", Integer.class).setParameter("module", module)
                .getResultList();
    }

    private ModuleVersion version(String module, Integer version) {
        List<ModuleVersion> found = version == null
                ? em.createNamedQuery(ModuleVersion.PUBLISHED_BY_SLUG, ModuleVersion.class)
                        .setParameter("slug", module).getResultList()
                : em.createQuery("""
                        select v from ModuleVersion v where v.module.slug = :module and v.version = :v
                        and v.status <> org.greencustoms.elearning.catalog.entity.ModuleStatus.DRAFT""",
                        ModuleVersion.class).setParameter("module", module).setParameter("v", version)
                        .getResultList();
        return found.stream().findFirst().orElseThrow(() -> new NotFoundException("No module " + module
                + (version == null ? "" : " version " + version)));
    }
}
