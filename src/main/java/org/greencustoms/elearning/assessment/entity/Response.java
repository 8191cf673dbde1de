package org.greencustoms.elearning.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A learner's saved answer to one question of an attempt (as JSON), and its score once the attempt is graded. */
@Embeddable
public class Response {

    @Column(name = "answer_json", nullable = false, length = 20_000)
    private String answerJson;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    /** The sequence number the client gave the save (increasing per attempt), or null. */
    @Column(name = "client_sequence")
    private Long clientSequence;

    @Column(name = "points")
    private Double points;

    @Column(name = "fraction")
    private Double fraction;

    protected Response() {
    }

    Response(String answerJson, Instant savedAt, Long clientSequence) {
        this.answerJson = answerJson;
        this.savedAt = savedAt;
        this.clientSequence = clientSequence;
    }

    /** Whether a save with this sequence number was sent before the one stored here, and must not replace it. */
    boolean isNewerThan(Long sequence) {
        return sequence != null && clientSequence != null && clientSequence > sequence;
    }

    public void grade(double fraction, double points) {
        this.fraction = fraction;
        this.points = points;
    }

    public String getAnswerJson() {
        return answerJson;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Double getPoints() {
        return points;
    }

    public Double getFraction() {
        return fraction;
    }
}
