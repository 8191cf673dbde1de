package org.greencustoms.elearning.assessment.entity;

public record MatchPair(String id, LocalizedText left, LocalizedText right) {
}
