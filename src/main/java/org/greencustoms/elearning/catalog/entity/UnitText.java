package org.greencustoms.elearning.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A unit's title and body in one language; the HTML is rendered and sanitised once, at publish time. */
@Embeddable
public class UnitText {

    @Column(name = "title")
    private String title;

    @Column(name = "body_markdown", length = 200_000)
    private String bodyMarkdown;

    @Column(name = "body_html", length = 400_000)
    private String bodyHtml;

    protected UnitText() {
    }

    public UnitText(String title, String bodyMarkdown, String bodyHtml) {
        this.title = title;
        this.bodyMarkdown = bodyMarkdown;
        this.bodyHtml = bodyHtml;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }
}
