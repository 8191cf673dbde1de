package org.greencustoms.elearning.reporting.boundary;

import java.util.List;
import java.util.Map;
import org.greencustoms.elearning.reporting.control.LanguageComparison;
import org.greencustoms.elearning.reporting.control.QuestionChoices;
import org.greencustoms.elearning.reporting.control.QuizStatistics;

/**
 * The item analysis of one module version: for whom (a cohort, or everyone the caller may see), which attempts
 * (first or all), the whole quiz and its questions, the same split by the language of the attempt with the questions
 * whose facility differs markedly between languages, and how often each choice was made.
 *
 * @param cohortId null for everyone the caller may see
 * @param versions the versions of the module that have submitted attempts, newest first, to choose from
 */
public record ItemReport(String module, String title, int version, List<Integer> versions, Long cohortId,
        boolean firstAttemptsOnly, QuizStatistics quiz, LanguageComparison languages,
        Map<String, QuestionChoices> choices) {
}
