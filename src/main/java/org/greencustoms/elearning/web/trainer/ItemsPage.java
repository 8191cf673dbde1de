package org.greencustoms.elearning.web.trainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import org.greencustoms.elearning.catalog.boundary.Catalog;
import org.greencustoms.elearning.catalog.boundary.ModuleSummary;
import org.greencustoms.elearning.people.boundary.CohortView;
import org.greencustoms.elearning.people.boundary.Cohorts;
import org.greencustoms.elearning.reporting.boundary.ItemReport;
import org.greencustoms.elearning.reporting.boundary.ItemReports;
import org.greencustoms.elearning.reporting.control.ChoiceCount;
import org.greencustoms.elearning.reporting.control.QuestionChoices;
import org.greencustoms.elearning.reporting.control.QuestionStatistics;
import org.greencustoms.elearning.reporting.control.QuizStatistics;
import org.greencustoms.elearning.reporting.control.TranslationFlag;
import org.greencustoms.elearning.web.LocaleBean;

/**
 * Quiz item analysis, /trainer/items.xhtml?module=&amp;cohort=&amp;version=&amp;attempts=: chosen by plain GET
 * parameters so that a view can be bookmarked and exported with the same query. Without a module, the cohort's first
 * assigned module, or the catalogue's first.
 */
@Named
@RequestScoped
public class ItemsPage {

    @Inject
    ItemReports reports;

    @Inject
    Cohorts cohorts;

    @Inject
    Catalog catalog;

    @Inject
    LocaleBean locale;

    private String module;
    private Integer version;
    private Long cohort;
    private String attempts = "first";
    private List<ModuleSummary> modules;
    private List<CohortView> visibleCohorts;
    private ItemReport report;

    public void load() {
        visibleCohorts = cohorts.visible();
        modules = catalog.modules(locale.getLanguage());
        if (module == null || module.isBlank()) {
            module = cohort == null ? null : cohorts.get(cohort).modules().stream().findFirst()
                    .map(CohortView.AssignedModule::module).orElse(null);
        }
        if (module == null && !modules.isEmpty()) {
            module = modules.get(0).id();
        }
        if (module != null) {
            report = reports.analyse(module, version, cohort, !"all".equals(attempts), locale.getLanguage());
            version = report.version();
        }
    }

    /** The query string of the current view, for the export links. */
    public String getQuery() {
        StringBuilder query = new StringBuilder("module=").append(URLEncoder.encode(module, StandardCharsets.UTF_8))
                .append("&version=").append(version).append("&attempts=").append(attempts);
        if (cohort != null) {
            query.append("&cohort=").append(cohort);
        }
        return query.append("&lang=").append(locale.getLanguage()).toString();
    }

    /** A fraction (facility, standard deviation) as a percentage with one decimal, or a dash without data. */
    public String percent(OptionalDouble fraction) {
        return fraction.isPresent() ? String.format(locale.getLocale(), "%.1f %%", fraction.getAsDouble() * 100)
                : "–";
    }

    /** A value already in percent (Moodle's indices, the score statistics), with one decimal, or a dash. */
    public String number(OptionalDouble value) {
        return value.isPresent() ? String.format(locale.getLocale(), "%.1f", value.getAsDouble()) : "–";
    }

    /** A value already in percent, with its sign, or a dash alone when there is not enough data. */
    public String percentValue(OptionalDouble value) {
        return value.isPresent() ? number(value) + " %" : "–";
    }

    public String share(ChoiceCount count) {
        return String.format(locale.getLocale(), "%.0f %%", count.share() * 100);
    }

    public List<String> getLanguages() {
        return List.copyOf(report.languages().byLanguage().keySet());
    }

    /** The question's statistics among the attempts taken in one language, or null if none there had it. */
    public QuestionStatistics inLanguage(String language, String questionKey) {
        QuizStatistics statistics = report.languages().byLanguage().get(language);
        return statistics == null ? null : statistics.questions().stream()
                .filter(q -> q.key().equals(questionKey)).findFirst().orElse(null);
    }

    /** The flag raised on a question in a language, or null when it reads alike there. */
    public TranslationFlag translationFlag(String language, String questionKey) {
        return report.languages().flagsFor(questionKey).stream().filter(f -> f.language().equals(language))
                .findFirst().orElse(null);
    }

    public QuestionChoices choices(String questionKey) {
        return report.choices().get(questionKey);
    }

    /** One choice made on a question, and how often: for the page, which cannot call a JDK map entry's methods. */
    public record Choice(String label, ChoiceCount count) {
    }

    public List<Choice> choiceList(String questionKey) {
        QuestionChoices choices = choices(questionKey);
        return choices == null ? List.of() : choices.choices().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    public boolean isFlagged(QuestionStatistics question) {
        return !question.flags().isEmpty() || !report.languages().flagsFor(question.key()).isEmpty();
    }

    public List<ModuleSummary> getModules() {
        return modules;
    }

    public List<CohortView> getCohorts() {
        return visibleCohorts;
    }

    public ItemReport getReport() {
        return report;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public String getAttempts() {
        return attempts;
    }

    public void setAttempts(String attempts) {
        this.attempts = "all".equals(attempts) ? "all" : "first";
    }
}
