package org.greencustoms.elearning.web.learn;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
        modules = learning.modulesOf(locale.getLanguage());
    }


    public List<ModuleProgress> getInProgress() {
        return modules.stream().filter(m -> !m.completed()).toList();
    }

    public List<ModuleProgress> getCompleted() {
        return modules.stream().filter(ModuleProgress::completed).toList();
    }
}
