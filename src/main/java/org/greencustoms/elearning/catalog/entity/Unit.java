package org.greencustoms.elearning.catalog.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A reading unit of a module version; its key is stable across versions so that progress carries over. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    @Column(name = "unit_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int minutes;

    @ElementCollection
    @CollectionTable(name = "unit_text", joinColumns = @JoinColumn(name = "unit_id"))
    @MapKeyColumn(name = "lang")
    private Map<String, UnitText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "unit_source", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    @Column(name = "source_key")
    private List<String> sourceKeys = new ArrayList<>();

    protected Unit() {
    }

    Unit(ModuleVersion moduleVersion, String key, int position, int minutes) {
        this.moduleVersion = moduleVersion;
        this.key = key;
        this.position = position;
        this.minutes = minutes;
    }

    public void putText(String language, UnitText text) {
        texts.put(language, text);
    }

    public void addSourceKey(String sourceKey) {
        sourceKeys.add(sourceKey);
    }

    public UnitText text(String language) {
        return Localized.pick(texts, language);
    }

    public Long getId() {
        return id;
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public int getMinutes() {
        return minutes;
    }

    public Map<String, UnitText> getTexts() {
        return texts;
    }

    public List<String> getSourceKeys() {
        return sourceKeys;
    }
}
