package org.greencustoms.elearning.web.author;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greencustoms.elearning.content.control.Problem;
import org.greencustoms.elearning.web.LocaleBean;

/** A package problem's message and hint in the page's language. */
@Named
@RequestScoped
public class ProblemTexts {

    @Inject
    LocaleBean locale;

    public String message(Problem problem) {
        return problem.message(locale.getLocale());
    }

    public String hint(Problem problem) {
        return problem.hint(locale.getLocale());
    }
}
