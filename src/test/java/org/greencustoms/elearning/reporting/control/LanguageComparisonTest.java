package org.greencustoms.elearning.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.greencustoms.elearning.reporting.control.ScoredAttempts.attempt;
import static org.greencustoms.elearning.reporting.control.ScoredAttempts.questions;
import static org.greencustoms.elearning.reporting.control.ScoredAttempts.takers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quiz has two questions: q1 is right in every other attempt in every language, q2 is the one whose translation
 * is in doubt. The z values in the comments are (facility here − facility there) / √(p (1 − p) (1/n₁ + 1/n₂)), p
 * being the pooled facility, worked out with Python beside the test.
 */
class LanguageComparisonTest {

    private static final List<AnalysedQuestion> QUIZ = questions(1, 1);

    private static List<ScoredAttempt> together(List<List<ScoredAttempt>> groups) {
        List<ScoredAttempt> attempts = new ArrayList<>();
        groups.forEach(attempts::addAll);
        return attempts;
    }

    @Test
    void aQuestionFrenchTakersFailWhileTheOthersPassIsFlaggedForFrenchOnly() {
        // fr .2 (20) against the rest .9 (120): Δ = −.70, z = −7.2.
        // en .9 (100) against the rest .55 (40): Δ = .35, z = 4.7, but en and es do not differ (Δ = 0): not flagged.
        LanguageComparison comparison = ItemAnalysis.byLanguage(QUIZ, together(List.of(
                takers("en", 100, 90), takers("es", 20, 18), takers("fr", 20, 4))));

        assertThat(comparison.translationFlags()).hasSize(1);
        TranslationFlag flag = comparison.translationFlags().get(0);
        assertThat(flag.questionKey()).isEqualTo("q2");
        assertThat(flag.language()).isEqualTo("fr");
        assertThat(flag.facilityInLanguage()).isCloseTo(0.2, within(1e-12));
        assertThat(flag.facilityElsewhere()).isCloseTo(0.9, within(1e-12));
        assertThat(flag.attemptsInLanguage()).isEqualTo(20);
        assertThat(flag.attemptsElsewhere()).isEqualTo(120);
        assertThat(flag.difference()).isCloseTo(-0.7, within(1e-12));
        assertThat(comparison.flagsFor("q1")).isEmpty();
        assertThat(comparison.flagsFor("q2")).containsExactly(flag);
    }

    @Test
    void aGroupOfFewerThanFiveAttemptsIsNeverFlagged() {
        // fr 0 (4) against en 1 (20) would be z = −4.9, but 4 attempts are too few to blame a translation.
        LanguageComparison comparison = ItemAnalysis.byLanguage(QUIZ, together(List.of(
                takers("en", 20, 20), takers("fr", 4, 0))));

        assertThat(comparison.translationFlags()).isEmpty();
    }

    @Test
    void aSmallDifferenceBetweenLargeGroupsIsNotFlagged() {
        // en .9 (1000) against fr .8 (1000): z = 6.3, yet a difference of .10 is below .15, too small to act on.
        LanguageComparison comparison = ItemAnalysis.byLanguage(QUIZ, together(List.of(
                takers("en", 1000, 900), takers("fr", 1000, 800))));

        assertThat(comparison.translationFlags()).isEmpty();
    }

    @Test
    void aDifferenceThatChanceCanExplainIsNotFlagged() {
        // en .7 (10) against fr .5 (10): Δ = .20, but z = .91, well within what chance gives such small groups.
        LanguageComparison comparison = ItemAnalysis.byLanguage(QUIZ, together(List.of(
                takers("en", 10, 7), takers("fr", 10, 5))));

        assertThat(comparison.translationFlags()).isEmpty();
    }

    @Test
    void theSameDifferenceBetweenLargerGroupsIsFlagged() {
        // en .7 (200) against fr .5 (200): Δ = .20 and z = 4.1.
        LanguageComparison comparison = ItemAnalysis.byLanguage(QUIZ, together(List.of(
                takers("en", 200, 140), takers("fr", 200, 100))));

        assertThat(comparison.flagsFor("q2")).extracting(TranslationFlag::language).contains("fr");
    }

    @Test
    void withTwoLanguagesBothSidesOfTheDifferenceAreFlagged() {
        // fr 0 (6) against en 1 (6): z = −3.5; the figures cannot tell which wording is off.
        LanguageComparison comparison = ItemAnalysis.byLanguage(QUIZ, together(List.of(
                takers("en", 6, 6), takers("fr", 6, 0))));

        assertThat(comparison.flagsFor("q2")).extracting(TranslationFlag::language).containsExactly("en", "fr");
        assertThat(comparison.flagsFor("q2")).extracting(TranslationFlag::difference).containsExactly(1.0, -1.0);
    }

    @Test
    void partialCreditIsComparedAsAFractionOfTheQuestionsMarks() {
        // q2 worth 2: en .75 (1.5 of 2) against fr .25 (0.5 of 2), 10 each: z = 2.2.
        List<ScoredAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            attempts.add(attempt("en", i % 2, 1.5));
            attempts.add(attempt("fr", i % 2, 0.5));
        }

        LanguageComparison comparison = ItemAnalysis.byLanguage(questions(1, 2), attempts);

        assertThat(comparison.flagsFor("q2")).filteredOn(flag -> flag.language().equals("fr")).singleElement()
                .satisfies(flag -> {
                    assertThat(flag.facilityInLanguage()).isCloseTo(0.25, within(1e-12));
                    assertThat(flag.facilityElsewhere()).isCloseTo(0.75, within(1e-12));
                });
    }

    @Test
    void aQuestionThatFaresAlikeInEveryLanguageIsNotFlagged() {
        LanguageComparison comparison = ItemAnalysis.byLanguage(QUIZ, together(List.of(
                takers("en", 40, 30), takers("fr", 20, 15), takers("pt", 12, 9), takers("es", 8, 6))));

        assertThat(comparison.translationFlags()).isEmpty();
    }

    @Test
    void oneLanguageHasNothingToBeComparedWith() {
        LanguageComparison comparison = ItemAnalysis.byLanguage(QUIZ, takers("en", 50, 10));

        assertThat(comparison.translationFlags()).isEmpty();
        assertThat(comparison.byLanguage()).containsOnlyKeys("en");
    }

    @Test
    void eachLanguageHasTheStatisticsOfItsOwnAttemptsInAlphabeticalOrder() {
        List<ScoredAttempt> english = takers("en", 10, 9);
        List<ScoredAttempt> french = takers("fr", 8, 2);
        List<ScoredAttempt> portuguese = takers("pt", 3, 3);

        LanguageComparison comparison = ItemAnalysis.byLanguage(QUIZ, together(List.of(french, portuguese,
                english)));

        assertThat(comparison.byLanguage()).containsOnlyKeys("en", "fr", "pt");
        assertThat(comparison.byLanguage().keySet()).containsExactly("en", "fr", "pt");
        assertThat(comparison.byLanguage().get("en")).isEqualTo(ItemAnalysis.analyse(QUIZ, english));
        assertThat(comparison.byLanguage().get("fr")).isEqualTo(ItemAnalysis.analyse(QUIZ, french));
        assertThat(comparison.byLanguage().get("pt").attemptCount()).isEqualTo(3);
        assertThat(comparison.byLanguage().get("fr").questions().get(1).facility()).hasValue(0.25);
    }

    @Test
    void noAttemptNoLanguageNoFlag() {
        LanguageComparison comparison = ItemAnalysis.byLanguage(QUIZ, List.of());

        assertThat(comparison.byLanguage()).isEmpty();
        assertThat(comparison.translationFlags()).isEmpty();
    }
}
