package org.greencustoms.elearning.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stable identity of a module across its versions: learner progress is keyed by the slug. */
@Entity
@Table(name = "module")
@NamedQuery(name = Module.BY_SLUG, query = "select m from Module m where m.slug = :slug")
@NamedQuery(name = Module.ALL, query = "select m from Module m order by m.slug")
public class Module {

    public static final String BY_SLUG = "Module.bySlug";
    public static final String ALL = "Module.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Module() {
    }

    public Module(String slug, Instant createdAt) {
        this.slug = slug;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
