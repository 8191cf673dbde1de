package org.greencustoms.elearning.assessment.entity;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.List;
import java.util.Map;

/** The type-specific part of a question: what the learner sees and the answer key. Stored as JSON. */
@JsonbTypeInfo(key = "type", value = {
        @JsonbSubtype(alias = "single", type = QuestionBody.SingleChoice.class),
        @JsonbSubtype(alias = "multiple", type = QuestionBody.MultipleChoice.class),
        @JsonbSubtype(alias = "truefalse", type = QuestionBody.TrueFalse.class),
        @JsonbSubtype(alias = "matching", type = QuestionBody.Matching.class),
        @JsonbSubtype(alias = "short", type = QuestionBody.ShortAnswer.class),
        @JsonbSubtype(alias = "numeric", type = QuestionBody.Numeric.class),
        @JsonbSubtype(alias = "ordering", type = QuestionBody.Ordering.class),
        @JsonbSubtype(alias = "inspection", type = QuestionBody.Inspection.class)})
public sealed interface QuestionBody {

    QuestionType type();

    record SingleChoice(List<Choice> options) implements QuestionBody {
        public QuestionType type() {
            return QuestionType.SINGLE;
        }
    }

    record MultipleChoice(List<Choice> options) implements QuestionBody {
        public QuestionType type() {
            return QuestionType.MULTIPLE;
        }
    }

    record TrueFalse(boolean answer, LocalizedText feedbackTrue, LocalizedText feedbackFalse) implements QuestionBody {
        public QuestionType type() {
            return QuestionType.TRUE_FALSE;
        }
    }

    record Matching(List<MatchPair> pairs, List<LocalizedText> distractors) implements QuestionBody {
        public QuestionType type() {
            return QuestionType.MATCHING;
        }
    }

    /** Accepted answers per language; English ones are accepted in every language. */
    record ShortAnswer(Map<String, List<String>> accepted) implements QuestionBody {
        public QuestionType type() {
            return QuestionType.SHORT;
        }
    }

    /**
     * @param unit      the unit in English, or null (kept as it was first stored: older versions have only this)
     * @param unitLabel the unit per language, or null
     */
    record Numeric(double answer, double tolerance, String unit, LocalizedText unitLabel) implements QuestionBody {
        public QuestionType type() {
            return QuestionType.NUMERIC;
        }

        /** The unit shown after the answer field, in the language (English where the package has none). */
        public String unitIn(String language) {
            return unitLabel != null ? unitLabel.in(language) : unit;
        }
    }

    /** Items in the right order; learners see them shuffled. */
    record Ordering(List<Choice> items) implements QuestionBody {
        public QuestionType type() {
            return QuestionType.ORDERING;
        }
    }

    record Inspection(List<CaseDocument> caseFile, Decision decision, Map<String, LocalizedText> decisionFeedback,
            List<Choice> redFlags, double decisionWeight) implements QuestionBody {
        public QuestionType type() {
            return QuestionType.INSPECTION;
        }
    }
}
