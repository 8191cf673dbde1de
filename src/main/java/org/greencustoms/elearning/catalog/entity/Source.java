package org.greencustoms.elearning.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A source a module draws on; units cite sources by key. */
@Embeddable
public class Source {

    @Column(name = "source_key")
    private String key;

    @Column(name = "title")
    private String title;

    @Column(name = "url")
    private String url;

    protected Source() {
    }

    public Source(String key, String title, String url) {
        this.key = key;
        this.title = title;
        this.url = url;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }
}
