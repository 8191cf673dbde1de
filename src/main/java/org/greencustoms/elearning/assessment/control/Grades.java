package org.greencustoms.elearning.assessment.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;
import org.greencustoms.elearning.catalog.entity.GradingMethod;

/** From question scores to an attempt's percent, pass or fail, and a module grade across attempts. */
public final class Grades {

    private Grades() {
    }

    /** 100 × the points earned / the quiz's points, to 2 decimals (half up); 0 for a quiz worth no points. */
    public static double percent(List<QuestionScore> scores, double totalPoints) {
        if (totalPoints <= 0) {
            return 0;
        }
        double earned = scores.stream().mapToDouble(QuestionScore::points).sum();
        return round(100 * earned / totalPoints);
    }

    /** A percent exactly at the pass mark passes. */
    public static boolean passed(double percent, int passMark) {
        return percent >= passMark;
    }

    /**
     * The module grade from the attempts' percents, oldest first: the highest, the first, the last, or the average
     * (to 2 decimals, half up). Empty when there is no attempt.
     */
    public static OptionalDouble moduleGrade(GradingMethod method, List<Double> attemptPercentsInOrder) {
        if (attemptPercentsInOrder.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (method) {
            case HIGHEST -> attemptPercentsInOrder.stream().mapToDouble(Double::doubleValue).max();
            case FIRST -> OptionalDouble.of(attemptPercentsInOrder.get(0));
            case LAST -> OptionalDouble.of(attemptPercentsInOrder.get(attemptPercentsInOrder.size() - 1));
            case AVERAGE -> OptionalDouble.of(
                    round(attemptPercentsInOrder.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        };
    }

    /** Through the decimal string, so that 12.345 rounds up as a person expects, not down as its binary value does. */
    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
