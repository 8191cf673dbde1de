package org.greencustoms.elearning.assessment.entity;

import java.util.Arrays;
import java.util.Optional;

/** What an officer decides about an inspected consignment. */
public enum Decision {
    RELEASE, DETAIN, REFER;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Decision> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(d -> d.keyword().equals(keyword)).findFirst();
    }
}
