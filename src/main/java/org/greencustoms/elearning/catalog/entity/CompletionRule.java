package org.greencustoms.elearning.catalog.entity;

/** What a learner must do to complete a module (and earn its certificate). */
public enum CompletionRule {
    /** Every unit marked as done, and the quiz passed (a module without a quiz: the units alone). */
    UNITS_AND_QUIZ("units-and-quiz"),
    /** The quiz passed, whatever was read; for refresher modules that test what officers already know. */
    QUIZ("quiz"),
    /** Every unit marked as done; the quiz is for practice. */
    UNITS("units");

    private final String keyword;

    CompletionRule(String keyword) {
        this.keyword = keyword;
    }

    /** The word a package uses for this rule in module.yaml. */
    public String keyword() {
        return keyword;
    }

    public boolean completed(boolean allUnitsDone, boolean quizPassed, boolean hasQuiz) {
        return switch (this) {
            case UNITS_AND_QUIZ -> allUnitsDone && (quizPassed || !hasQuiz);
            case QUIZ -> hasQuiz ? quizPassed : allUnitsDone;
            case UNITS -> allUnitsDone;
        };
    }
}
