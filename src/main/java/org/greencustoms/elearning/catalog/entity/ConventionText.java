package org.greencustoms.elearning.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class ConventionText {

    @Column(name = "name")
    private String name;

    @Column(name = "summary")
    private String summary;

    protected ConventionText() {
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }
}
