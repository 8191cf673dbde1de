package org.greencustoms.elearning.web.trainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.greencustoms.elearning.reporting.boundary.IndicatorReport;
import org.greencustoms.elearning.reporting.boundary.Indicators;
import org.greencustoms.elearning.reporting.control.IndicatorCounter;
import org.greencustoms.elearning.web.LocaleBean;
import org.greencustoms.elearning.web.Messages;

/**
 * Programme indicators, /trainer/indicators.xhtml?by=&amp;from=&amp;to=: plain GET parameters, so that a report can
 * be bookmarked and exported with the same query. A date that does not parse is reported and the default used.
 */
@Named
@RequestScoped
public class IndicatorsPage {

    @Inject
    Indicators indicators;

    @Inject
    LocaleBean locale;

    private String by = "country";
    private String from;
    private String to;
    private IndicatorReport report;

    public void load() {
        report = indicators.report(grouping(), date(from), date(to), locale.getLanguage());
        from = report.from().toString();
        to = report.to().toString();
    }

    private IndicatorCounter.Grouping grouping() {
        return IndicatorCounter.Grouping.named(by).orElse(IndicatorCounter.Grouping.COUNTRY);
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(Messages.get(faces, "indicators.badDate"), text), null));
            return null;
        }
    }

    public String getQuery() {
        return "by=" + grouping().parameter() + "&from=" + from + "&to=" + to + "&lang="
                + locale.getLanguage();
    }

    /** The lines as a Chart.js bar chart: one bar each for enrolled, completed and certified. */
    public String getChartJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.lines().forEach(l -> labels.add(l.key().isEmpty() ? text("indicators.none") : l.label()));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset("indicators.enrolled", "#90caf9", IndicatorReport.Line::enrolled))
                                .add(dataset("indicators.completed", "#1565c0", IndicatorReport.Line::completed))
                                .add(dataset("indicators.certified", "#2e7d32", IndicatorReport.Line::certified))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private JsonObjectBuilder dataset(String key, String colour,
            ToLongFunction<IndicatorReport.Line> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        report.lines().forEach(l -> data.add(value.applyAsLong(l)));
        return Json.createObjectBuilder().add("label", text(key)).add("data", data)
                .add("backgroundColor", colour);
    }

    private static String text(String key) {
        return Messages.get(FacesContext.getCurrentInstance(), key);
    }

    public List<String> getGroupings() {
        return Arrays.stream(IndicatorCounter.Grouping.values()).map(IndicatorCounter.Grouping::parameter).toList();
    }

    public String getGrouping() {
        return grouping().parameter();
    }

    public IndicatorReport getReport() {
        return report;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
