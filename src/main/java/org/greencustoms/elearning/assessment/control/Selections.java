package org.greencustoms.elearning.assessment.control;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.greencustoms.elearning.assessment.entity.Choice;

/** The multiple-choice rule, shared by multiple questions and the red flags of an inspection. */
final class Selections {

    private Selections() {
    }

    /** By the options' fractions when they carry them (the validator allows all or none), else by right and wrong. */
    static double multiple(List<Choice> options, Collection<String> ticked) {
        if (options.stream().anyMatch(option -> option.fraction() != null)) {
            return clamp(chosen(options, ticked).stream().map(Choice::fraction).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).sum());
        }
        return rightMinusWrong(options, ticked);
    }

    /**
     * Each right option ticked gives 1/k and each wrong one takes 1/k away, k being the number of right options.
     * With no right option at all (an inspection where nothing is suspicious), leaving everything unticked is the
     * right answer.
     */
    static double rightMinusWrong(List<Choice> options, Collection<String> ticked) {
        List<Choice> chosen = chosen(options, ticked);
        long wrong = chosen.stream().filter(choice -> !choice.correct()).count();
        long right = chosen.size() - wrong;
        long rightOptions = options.stream().filter(Choice::correct).count();
        if (rightOptions == 0) {
            return wrong == 0 ? 1 : 0;
        }
        return clamp((double) (right - wrong) / rightOptions);
    }

    /** Unknown ids are left out, and an id ticked twice counts once. */
    private static List<Choice> chosen(List<Choice> options, Collection<String> ticked) {
        Set<String> ids = ticked.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return options.stream().filter(option -> ids.contains(option.id())).toList();
    }

    static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }
}
