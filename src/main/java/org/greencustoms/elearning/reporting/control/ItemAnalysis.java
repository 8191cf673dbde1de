package org.greencustoms.elearning.reporting.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Moodle's quiz statistics (item analysis), computed from the attempts' marks alone: how the test as a whole spreads
 * learners out and how consistently its questions measure, then for each question how hard it is and whether it
 * tells the stronger learners from the weaker. Variances and covariances are sample ones (n − 1), as in Moodle.
 * <p>
 * A mark for a question outside the analysed list is ignored, and an attempt's total X is the sum of its marks on the
 * analysed questions it had. Nothing here throws on thin data: a value that cannot be computed (one attempt, everyone
 * with the same mark, a question nobody had) is empty and the statistics say why.
 * <p>
 * The coefficient of internal consistency, and the error ratio and standard error drawn from it, use only the
 * attempts that had every question, so that all the variances in it come from the same attempts. Today every
 * attempt has every question; once pools draw subsets, the other attempts still count in every other value.
 */
public final class ItemAnalysis {

    private ItemAnalysis() {
    }

    /** The statistics of the attempts taken together, the questions' in the order given. */
    public static QuizStatistics analyse(List<AnalysedQuestion> questions, List<ScoredAttempt> attempts) {
        return analyseMarks(questions, AttemptMarks.of(questions, attempts));
    }

    /**
     * The statistics of each language's attempts, and the questions that stand apart in one language: see
     * {@link TranslationFlag} for what "markedly different" means and why. In short, both sides have at least 5
     * attempts, the facilities differ by at least 0.15 and by at least 2 standard errors of a two-proportion test, and
     * the language differs so from each other language with 5 attempts or more, in the same direction.
     */
    public static LanguageComparison byLanguage(List<AnalysedQuestion> questions, List<ScoredAttempt> attempts) {
        List<AttemptMarks> marks = AttemptMarks.of(questions, attempts);
        Map<String, List<AttemptMarks>> byLanguage = marks.stream()
                .collect(Collectors.groupingBy(AttemptMarks::language, TreeMap::new, Collectors.toList()));
        Map<String, QuizStatistics> statistics = new TreeMap<>();
        byLanguage.forEach((language, inLanguage) -> statistics.put(language, analyseMarks(questions, inLanguage)));
        return new LanguageComparison(statistics, TranslationCheck.flags(questions, marks));
    }

    private static QuizStatistics analyseMarks(List<AnalysedQuestion> questions, List<AttemptMarks> attempts) {
        ScoreDistribution scores = ScoreDistribution.of(attempts);
        InternalConsistency consistency = InternalConsistency.of(questions, attempts);
        List<QuestionStatistics> questionStatistics = questions.stream()
                .map(question -> QuestionAnalysis.of(question, attempts)).toList();
        Set<EmptyBecause> emptyBecause = EnumSet.noneOf(EmptyBecause.class);
        emptyBecause.addAll(scores.emptyBecause());
        emptyBecause.addAll(consistency.emptyBecause());
        return new QuizStatistics(attempts.size(), scores.mean(), scores.median(), scores.standardDeviation(),
                scores.skewness(), scores.kurtosis(), consistency.completeAttemptCount(), consistency.coefficient(),
                consistency.errorRatio(), consistency.standardError(), questionStatistics, emptyBecause);
    }
}
