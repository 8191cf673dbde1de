package org.greencustoms.elearning.catalog.entity;

/** How a module grade is derived from several quiz attempts. */
public enum GradingMethod {
    HIGHEST("highest"), FIRST("first"), LAST("last"), AVERAGE("average");

    private final String keyword;

    GradingMethod(String keyword) {
        this.keyword = keyword;
    }

    /** The word a package uses for this method in module.yaml. */
    public String keyword() {
        return keyword;
    }
}
