package org.greencustoms.elearning.reporting.control;

import java.util.Objects;

/**
 * A question whose facility in one language differs markedly from its facility in the other languages: likely a
 * translation that says something else, gives the answer away, or reads ambiguously.
 * <p>
 * <b>Markedly</b> means all of the following, marks being taken as fractions of the question's maximum:
 * <ol>
 * <li>both sides have at least 5 attempts with the question;</li>
 * <li>the facilities differ by at least 0.15, so that a large quiz does not flag differences too small to act on;</li>
 * <li>the difference is at least 2 standard errors, the standard error being that of a two-proportion test with the
 * pooled facility p: √(p (1 − p) (1 / n₁ + 1 / n₂));</li>
 * <li>the language also differs markedly, by rules 1 to 3 and in the same direction, from each other language that on its
 * own has at least 5 attempts with the question.</li>
 * </ol>
 * Why this test rather than Welch's t on the marks: a mark between 0 and 1 whose mean is p has a variance of at most
 * p (1 − p), reached by right-or-wrong questions. So the pooled p (1 − p) is exact for those and errs on the cautious
 * side for partial credit; and it is 0 only when everyone on both sides scored 0, or everyone full marks, that is when
 * there is no difference. Welch's t divides by each side's own variance, which is 0 exactly when a side is unanimous,
 * the clearest case there is (every French taker fails), and which is erratic for groups of 5 to 10.
 * <p>
 * Why rule 4: a bad French translation drags down the facility of "the other languages" as seen from English, Spanish
 * and Portuguese; English, usually the largest group, would then be flagged beside French on every question with a
 * bad translation. Asking a flagged language to stand apart from each sizeable language on its own clears English
 * (it does not differ from Spanish). With only two languages both sides of the one difference are flagged: the
 * figures cannot tell which wording is off, the reader knows which is the translation.
 * <p>
 * 2 standard errors is a screening threshold, not a verdict: with many questions and languages some flags come by
 * chance. A flag costs a reviewer a few minutes rereading a translation; a bad translation left in costs learners
 * their marks.
 *
 * @param questionKey         the question
 * @param language            the language that stands apart
 * @param facilityInLanguage  the question's facility among the attempts taken in that language, 0 to 1
 * @param facilityElsewhere   its facility among all the attempts taken in the other languages, 0 to 1
 * @param attemptsInLanguage  the attempts in that language that had the question
 * @param attemptsElsewhere   the attempts in the other languages that had the question
 */
public record TranslationFlag(String questionKey, String language, double facilityInLanguage,
        double facilityElsewhere, int attemptsInLanguage, int attemptsElsewhere) {

    public TranslationFlag {
        Objects.requireNonNull(questionKey, "questionKey");
        Objects.requireNonNull(language, "language");
    }

    /** Negative when the question is harder in the language than elsewhere. */
    public double difference() {
        return facilityInLanguage - facilityElsewhere;
    }
}
