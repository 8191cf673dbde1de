package org.greencustoms.elearning.catalog.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a module: a draft until published, immutable from then on except for being retired. */
@Entity
@Table(name = "module_version")
@NamedQuery(name = ModuleVersion.PUBLISHED, query = """
        select v from ModuleVersion v join fetch v.module
        where v.status = org.greencustoms.elearning.catalog.entity.ModuleStatus.PUBLISHED
        order by v.module.slug""")
@NamedQuery(name = ModuleVersion.PUBLISHED_BY_SLUG, query = """
        select v from ModuleVersion v join fetch v.module m
        where m.slug = :slug and v.status = org.greencustoms.elearning.catalog.entity.ModuleStatus.PUBLISHED
        order by v.version desc""")
@NamedQuery(name = ModuleVersion.HISTORY, query = """
        select v from ModuleVersion v where v.module.slug = :slug
        and v.status <> org.greencustoms.elearning.catalog.entity.ModuleStatus.DRAFT order by v.version""")
@NamedQuery(name = ModuleVersion.LATEST_BY_MODULE, query = """
        select v from ModuleVersion v where v.module = :module order by v.version desc""")
public class ModuleVersion {

    public static final String PUBLISHED = "ModuleVersion.published";
    public static final String PUBLISHED_BY_SLUG = "ModuleVersion.publishedBySlug";
    public static final String LATEST_BY_MODULE = "ModuleVersion.latestByModule";
    public static final String HISTORY = "ModuleVersion.history";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private Module module;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ModuleStatus status;

    @Column(nullable = false)
    private int minutes;

    @Embedded
    private QuizSettings quiz;

    @Column(name = "package_sha256", nullable = false)
    private String packageSha256;

    @Column(name = "staged_at", nullable = false)
    private Instant stagedAt;

    @Column(name = "staged_by")
    private String stagedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @ElementCollection
    @CollectionTable(name = "module_version_text", joinColumns = @JoinColumn(name = "module_version_id"))
    @MapKeyColumn(name = "lang")
    private Map<String, ModuleText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "module_version_convention", joinColumns = @JoinColumn(name = "module_version_id"))
    @OrderColumn(name = "position")
    @Column(name = "convention_code")
    private List<String> conventionCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "module_version_source", joinColumns = @JoinColumn(name = "module_version_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    @OneToMany(mappedBy = "moduleVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Unit> units = new ArrayList<>();

    protected ModuleVersion() {
    }

    /** A new draft; {@code stagedBy} is null for the bundled content imported at start-up. */
    public ModuleVersion(Module module, int version, int minutes, QuizSettings quiz, String packageSha256,
            Instant stagedAt, String stagedBy) {
        this.module = module;
        this.version = version;
        this.minutes = minutes;
        this.quiz = quiz;
        this.packageSha256 = packageSha256;
        this.stagedAt = stagedAt;
        this.stagedBy = stagedBy;
        this.status = ModuleStatus.DRAFT;
    }

    /** Where the media of a module version are served: /media/{module}/{version}/{path under media/}. */
    public static String mediaBase(String slug, int version) {
        return "/media/" + slug + "/" + version + "/";
    }

    public String mediaBase() {
        return mediaBase(getSlug(), version);
    }

    public void publish(Instant when, String by) {
        if (status != ModuleStatus.DRAFT) {
            throw new IllegalStateException("Version " + version + " of " + getSlug() + " is " + status + ", not a draft");
        }
        status = ModuleStatus.PUBLISHED;
        publishedAt = when;
        publishedBy = by;
    }

    public void retire(Instant when) {
        if (status != ModuleStatus.PUBLISHED) {
            throw new IllegalStateException("Version " + version + " of " + getSlug() + " is " + status
                    + ", not published");
        }
        status = ModuleStatus.RETIRED;
        retiredAt = when;
    }

    public void putText(String language, ModuleText text) {
        texts.put(language, text);
    }

    public void addConvention(String code) {
        conventionCodes.add(code);
    }

    public void addSource(Source source) {
        sources.add(source);
    }

    public Unit addUnit(String key, int minutes) {
        Unit unit = new Unit(this, key, units.size() + 1, minutes);
        units.add(unit);
        return unit;
    }

    public ModuleText text(String language) {
        return Localized.pick(texts, language);
    }

    public Long getId() {
        return id;
    }

    public Module getModule() {
        return module;
    }

    public String getSlug() {
        return module.getSlug();
    }

    public int getVersion() {
        return version;
    }

    public ModuleStatus getStatus() {
        return status;
    }

    public int getMinutes() {
        return minutes;
    }

    public QuizSettings getQuiz() {
        return quiz;
    }

    public String getPackageSha256() {
        return packageSha256;
    }

    public Instant getStagedAt() {
        return stagedAt;
    }

    public String getStagedBy() {
        return stagedBy;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public Map<String, ModuleText> getTexts() {
        return texts;
    }

    public List<String> getConventionCodes() {
        return conventionCodes;
    }

    public List<Source> getSources() {
        return sources;
    }

    public List<Unit> getUnits() {
        return units;
    }
}
