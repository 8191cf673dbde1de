package org.greencustoms.elearning.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;

/** A national customs administration: a country by its ISO 3166-1 code, and the regional groupings it is in. */
@Entity
@Table(name = "administration")
@NamedQuery(name = Administration.ALL, query = "select a from Administration a order by a.name")
public class Administration {

    public static final String ALL = "Administration.all";

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "administration_region", joinColumns = @JoinColumn(name = "administration_code"))
    @Column(name = "region")
    private Set<String> regions = new TreeSet<>();

    protected Administration() {
    }

    public Administration(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void setRegions(Set<String> regions) {
        this.regions.clear();
        this.regions.addAll(regions);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Set<String> getRegions() {
        return new TreeSet<>(regions);
    }
}
