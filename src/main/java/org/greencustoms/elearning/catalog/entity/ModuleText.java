package org.greencustoms.elearning.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class ModuleText {

    @Column(name = "title")
    private String title;

    @Column(name = "summary")
    private String summary;

    protected ModuleText() {
    }

    public ModuleText(String title, String summary) {
        this.title = title;
        this.summary = summary;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }
}
