package org.greencustoms.elearning.authoring.control;

import java.util.List;

/**
 * A question as Moodle holds it, read from GIFT or Moodle XML and not yet ours: {@link BankQuestions} turns it into a
 * question definition, so that both formats follow the same rules.
 *
 * @param line          where the question starts in the file
 * @param type          Moodle's type name (multichoice, truefalse, shortanswer, match, numerical, essay...)
 * @param idNumber      Moodle's optional id number, or null
 * @param defaultGrade  the points
 * @param single        for multichoice: one answer allowed, else several
 * @param leftOut       parts of the question the reader saw but has no place for, by their Moodle element name
 */
record MoodleQuestion(int line, String type, String name, String idNumber, FormattedText text,
        FormattedText generalFeedback, double defaultGrade, boolean single, List<Answer> answers,
        List<Subquestion> subquestions, List<Unit> units, boolean caseSensitive, List<String> tags,
        List<String> leftOut) {

    /** A text with Moodle's format: html, moodle_auto_format, plain_text or markdown. */
    record FormattedText(String text, String format) {

        static final String HTML = "html";
        static final String MOODLE = "moodle_auto_format";
        static final String PLAIN = "plain_text";
        static final String MARKDOWN = "markdown";

        static FormattedText plain(String text) {
            return new FormattedText(text, PLAIN);
        }
    }

    /**
     * @param percent   the grade as the file writes it, in percent ("100", "-50", "33.33333")
     * @param tolerance for numerical answers, else null
     */
    record Answer(FormattedText text, String percent, FormattedText feedback, Double tolerance) {
    }

    /** A left item and the right item it matches; a blank left item makes the right one a distractor. */
    record Subquestion(FormattedText text, String answer) {
    }

    record Unit(String name, double multiplier) {
    }
}
