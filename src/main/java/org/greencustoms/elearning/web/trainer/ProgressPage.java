package org.greencustoms.elearning.web.trainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.greencustoms.elearning.reporting.boundary.CohortProgress;
import org.greencustoms.elearning.reporting.boundary.ProgressMatrix;
import org.greencustoms.elearning.reporting.control.CellStatus;
import org.greencustoms.elearning.reporting.control.MatrixFilter;
import org.greencustoms.elearning.web.LocaleBean;

/**
 * A cohort's progress matrix, /trainer/progress.xhtml?id=: filtered, sorted and paged by plain GET parameters, so
 * that a view can be bookmarked and the back button works; the same parameters export the view as CSV or XLSX.
 */
@Named
@RequestScoped
public class ProgressPage {

    static final int PAGE_SIZE = 50;
    private static final int WEEKLY_AFTER_DAYS = 92;
    private static final String[] COLOURS = {"#2e7d32", "#1565c0", "#ef6c00", "#6a1b9a", "#00838f", "#c62828",
        "#558b2f", "#4e342e"};

    @Inject
    CohortProgress progress;

    @Inject
    LocaleBean locale;

    private long id;
    private String q;
    private String administration;
    private String status;
    private boolean overdue;
    private String module;
    private String sort;
    private boolean desc;
    private int page = 1;
    private ProgressMatrix matrix;
    private Set<String> administrations;

    public void load() {
        int offset = (Math.max(page, 1) - 1) * PAGE_SIZE;
        matrix = progress.matrix(id, filter(), offset, PAGE_SIZE, locale.getLanguage());
        administrations = matrix.administrations();
    }

    private MatrixFilter filter() {
        return new MatrixFilter(q, blankToNull(administration), statusOrNull(), overdue, blankToNull(module),
                sortOrName(), desc);
    }

    /** The query string of the current filter, for the export links and the pager. */
    public String query(boolean withPage) {
        StringBuilder query = new StringBuilder("id=").append(id);
        append(query, "q", q);
        append(query, "administration", administration);
        append(query, "status", status);
        append(query, "module", module);
        append(query, "sort", sort);
        if (overdue) {
            query.append("&overdue=true");
        }
        if (desc) {
            query.append("&desc=true");
        }
        if (withPage && page > 1) {
            query.append("&page=").append(page);
        }
        return query.toString();
    }

    /**
     * The completions over time as a Chart.js line chart: one line per module, cumulative; by week once the days
     * span more than a quarter, so that a year of a large cohort stays a few kilobytes.
     */
    public String getChartJson() {
        boolean weekly = weekly();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (ProgressMatrix.CompletionSeries series : matrix.completions()) {
            Map<LocalDate, Integer> points = new TreeMap<>();
            series.points().forEach(p -> points.put(bucket(p.day(), weekly), p.completed()));
            JsonArrayBuilder data = Json.createArrayBuilder();
            points.forEach((day, completed) -> data.add(Json.createObjectBuilder().add("x", day.toString())
                    .add("y", completed)));
            String colour = COLOURS[i++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", series.title()).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("stepped", true)
                    .add("pointRadius", weekly ? 0 : 3));
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("type", "category"))
                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0)));
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels(weekly)).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", scales))
                .build().toString();
    }

    private boolean weekly() {
        TreeSet<LocalDate> days = matrix.completions().stream().flatMap(s -> s.points().stream())
                .map(ProgressMatrix.Point::day).collect(Collectors.toCollection(TreeSet::new));
        return !days.isEmpty() && days.first().plusDays(WEEKLY_AFTER_DAYS).isBefore(days.last());
    }

    private static LocalDate bucket(LocalDate day, boolean weekly) {
        return weekly ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }

    private JsonArrayBuilder labels(boolean weekly) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        matrix.completions().stream().flatMap(s -> s.points().stream()).map(p -> bucket(p.day(), weekly).toString())
                .collect(Collectors.toCollection(TreeSet::new)).forEach(labels::add);
        return labels;
    }

    /** A grade as a whole percent, without a converter per cell. */
    public long rounded(Double grade) {
        return grade == null ? 0 : Math.round(grade);
    }

    public boolean isAnyCompletion() {
        return matrix.completions().stream().anyMatch(s -> !s.points().isEmpty());
    }

    public int getPageCount() {
        return Math.max(1, (int) Math.ceil(matrix.rows().total() / (double) PAGE_SIZE));
    }

    public List<CellStatus> getStatuses() {
        return Arrays.asList(CellStatus.values());
    }

    public List<MatrixFilter.Sort> getSorts() {
        return Arrays.asList(MatrixFilter.Sort.values());
    }

    public String cellClass(CellStatus cellStatus, boolean late) {
        return "cell cell--" + cellStatus.name().toLowerCase(Locale.ROOT).replace('_', '-') + (late ? " cell--overdue"
                : "");
    }

    private CellStatus statusOrNull() {
        return Arrays.stream(CellStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    private MatrixFilter.Sort sortOrName() {
        return Arrays.stream(MatrixFilter.Sort.values()).filter(s -> s.name().equals(sort)).findFirst()
                .orElse(MatrixFilter.Sort.NAME);
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public ProgressMatrix getMatrix() {
        return matrix;
    }

    public Set<String> getAdministrations() {
        return administrations;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getAdministration() {
        return administration;
    }

    public void setAdministration(String administration) {
        this.administration = administration;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public boolean isDesc() {
        return desc;
    }

    public void setDesc(boolean desc) {
        this.desc = desc;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
