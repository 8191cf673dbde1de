package org.greencustoms.elearning.reporting.control;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A quiz's statistics per language the attempts were taken in, and the questions that fare markedly differently in
 * one language than in the others.
 *
 * @param byLanguage       each language's statistics, computed from its attempts alone, languages in alphabetical
 *                         order
 * @param translationFlags the questions that stand apart in a language, in the questions' order
 */
public record LanguageComparison(Map<String, QuizStatistics> byLanguage, List<TranslationFlag> translationFlags) {

    public LanguageComparison {
        byLanguage = Collections.unmodifiableMap(new TreeMap<>(byLanguage));
        translationFlags = List.copyOf(translationFlags);
    }

    /** The flags raised on one question; empty when it reads alike in every language. */
    public List<TranslationFlag> flagsFor(String questionKey) {
        return translationFlags.stream().filter(flag -> flag.questionKey().equals(questionKey)).toList();
    }
}
