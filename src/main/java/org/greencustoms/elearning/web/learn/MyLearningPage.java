package org.greencustoms.elearning.web.learn;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.greencustoms.elearning.progress.boundary.Learning;
import org.greencustoms.elearning.progress.boundary.ModuleProgress;
import org.greencustoms.elearning.web.LocaleBean;

/** "My learning", /learn/: the learner's modules in progress and completed. */
@Named
@RequestScoped
public class MyLearningPage {

    @Inject
    Learning learning;

    @Inject
    LocaleBean locale;

    private List<ModuleProgress> modules;

    @PostConstruct
    void load() {
        modules = learning.modulesOf(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(),
                locale.getLanguage());
    }

    /** A moment in the reader's language, in UTC (officers work across time zones; UTC is what the record says). */
    public String when(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale.getLocale()).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    public List<ModuleProgress> getInProgress() {
        return modules.stream().filter(m -> !m.completed()).toList();
    }

    public List<ModuleProgress> getCompleted() {
        return modules.stream().filter(ModuleProgress::completed).toList();
    }
}
