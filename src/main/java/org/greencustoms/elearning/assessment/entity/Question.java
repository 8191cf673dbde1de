package org.greencustoms.elearning.assessment.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A quiz question of a module version. The searchable parts (key, type, points, tags) are columns; the rest of
 * the definition, which differs per type, is kept as JSON and read back as a {@link QuestionDefinition}.
 */
@Entity
@Table(name = "question")
@NamedQuery(name = Question.BY_VERSION,
        query = "select q from Question q where q.moduleVersion = :version order by q.position")
public class Question {

    public static final String BY_VERSION = "Question.byVersion";

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    @Column(name = "question_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "question_type", nullable = false)
    private QuestionType type;

    @Column(name = "unit_key")
    private String unitKey;

    @Column(nullable = false)
    private double points;

    @Column(name = "definition_json", nullable = false, length = 200_000)
    private String definitionJson;

    @ElementCollection
    @CollectionTable(name = "question_tag", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    private List<String> tags = new ArrayList<>();

    @Transient
    private QuestionDefinition definition;

    protected Question() {
    }

    public Question(ModuleVersion moduleVersion, int position, QuestionDefinition definition) {
        this.moduleVersion = moduleVersion;
        this.position = position;
        this.key = definition.id();
        this.type = definition.type();
        this.unitKey = definition.unit();
        this.points = definition.points();
        this.tags = new ArrayList<>(definition.tags());
        this.definitionJson = JSONB.toJson(definition);
        this.definition = definition;
    }

    public QuestionDefinition definition() {
        if (definition == null) {
            definition = JSONB.fromJson(definitionJson, QuestionDefinition.class);
        }
        return definition;
    }

    /** The definition as stored, for comparing versions without reading it back into objects. */
    public String getDefinitionJson() {
        return definitionJson;
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

    public QuestionType getType() {
        return type;
    }

    public String getUnitKey() {
        return unitKey;
    }

    public double getPoints() {
        return points;
    }

    public List<String> getTags() {
        return tags;
    }
}
