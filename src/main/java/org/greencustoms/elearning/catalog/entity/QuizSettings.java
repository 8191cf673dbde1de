package org.greencustoms.elearning.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The rules of a module's final quiz. */
@Embeddable
public class QuizSettings {

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "review_policy", nullable = false)
    private ReviewPolicy reviewPolicy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "grading_method", nullable = false)
    private GradingMethod gradingMethod;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "completion_rule", nullable = false)
    private CompletionRule completionRule;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "total_points", nullable = false)
    private double totalPoints;

    protected QuizSettings() {
    }

    public QuizSettings(int passMark, int maxAttempts, Integer timeLimitMinutes, ReviewPolicy reviewPolicy,
            GradingMethod gradingMethod, CompletionRule completionRule, int questionCount, double totalPoints) {
        this.completionRule = completionRule;
        this.passMark = passMark;
        this.maxAttempts = maxAttempts;
        this.timeLimitMinutes = timeLimitMinutes;
        this.reviewPolicy = reviewPolicy;
        this.gradingMethod = gradingMethod;
        this.questionCount = questionCount;
        this.totalPoints = totalPoints;
    }

    public CompletionRule getCompletionRule() {
        return completionRule;
    }

    public int getPassMark() {
        return passMark;
    }

    /** Zero means unlimited. */
    public int getMaxAttempts() {
        return maxAttempts;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public ReviewPolicy getReviewPolicy() {
        return reviewPolicy;
    }

    public GradingMethod getGradingMethod() {
        return gradingMethod;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public double getTotalPoints() {
        return totalPoints;
    }
}
