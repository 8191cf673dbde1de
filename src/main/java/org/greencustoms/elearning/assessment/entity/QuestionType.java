package org.greencustoms.elearning.assessment.entity;

import java.util.Arrays;
import java.util.Optional;

/** The question types of the content package format; the keyword is what a package writes. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("truefalse"),
    MATCHING("matching"),
    SHORT("short"),
    NUMERIC("numeric"),
    ORDERING("ordering"),
    INSPECTION("inspection");

    private final String keyword;

    QuestionType(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static Optional<QuestionType> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(type -> type.keyword.equals(keyword)).findFirst();
    }
}
