package org.greencustoms.elearning.catalog.entity;

/** When a learner may review a submitted attempt with the right answers. */
public enum ReviewPolicy {
    IMMEDIATELY("immediately"), AFTER_LAST_ATTEMPT("after-last-attempt"), NEVER("never");

    private final String keyword;

    ReviewPolicy(String keyword) {
        this.keyword = keyword;
    }

    /** The word a package uses for this policy in module.yaml. */
    public String keyword() {
        return keyword;
    }
}
