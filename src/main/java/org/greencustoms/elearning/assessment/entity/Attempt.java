package org.greencustoms.elearning.assessment.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greencustoms.elearning.catalog.entity.Module;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.people.entity.UserAccount;

/**
 * One try at a module's quiz, on the version it started on. The question and option order drawn at the start is
 * stored, so a reload shows the same quiz. Once submitted (by the learner, or by the deadline) it never changes.
 */
@Entity
@Table(name = "attempt")
@NamedQuery(name = Attempt.BY_LEARNER_AND_MODULE, query = """
        select a from Attempt a where a.learner = :learner and a.module = :module order by a.number""")
@NamedQuery(name = Attempt.BY_LEARNER, query = "select a from Attempt a where a.learner = :learner")
@NamedQuery(name = Attempt.OPEN_BY_LEARNER_AND_MODULE, query = """
        select a from Attempt a where a.learner = :learner and a.module = :module and a.submittedAt is null""")
@NamedQuery(name = Attempt.COUNT_BY_LEARNER_AND_MODULE, query = """
        select count(a) from Attempt a where a.learner = :learner and a.module = :module""")
@NamedQuery(name = Attempt.EXPIRED_BY_LEARNER_AND_MODULE, query = """
        select a.id from Attempt a where a.learner = :learner and a.module = :module and a.submittedAt is null
        and a.deadlineAt <= :now""")
@NamedQuery(name = Attempt.EXPIRED, query = """
        select a.id from Attempt a where a.submittedAt is null and a.deadlineAt <= :now""")
public class Attempt {

    public static final String BY_LEARNER_AND_MODULE = "Attempt.byLearnerAndModule";
    public static final String EXPIRED = "Attempt.expired";
    public static final String BY_LEARNER = "Attempt.byLearner";
    public static final String OPEN_BY_LEARNER_AND_MODULE = "Attempt.openByLearnerAndModule";
    public static final String COUNT_BY_LEARNER_AND_MODULE = "Attempt.countByLearnerAndModule";
    public static final String EXPIRED_BY_LEARNER_AND_MODULE = "Attempt.expiredByLearnerAndModule";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "learner_id")
    private UserAccount learner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private Module module;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    @Column(name = "attempt_number", nullable = false)
    private int number;

    @Column(name = "question_order", nullable = false, length = 20_000)
    private String questionOrder;

    @Column(name = "option_orders", nullable = false, length = 20_000)
    private String optionOrdersJson;

    @Column(name = "attempt_language", nullable = false)
    private String language;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    private Double points;

    private Double percent;

    private Boolean passed;

    @ElementCollection
    @CollectionTable(name = "attempt_response", joinColumns = @JoinColumn(name = "attempt_id"))
    @MapKeyColumn(name = "question_key")
    private Map<String, Response> responses = new HashMap<>();

    protected Attempt() {
    }

    public Attempt(UserAccount learner, ModuleVersion version, int number, String language,
            List<String> questionOrder, String optionOrdersJson, Instant startedAt, Instant deadlineAt) {
        this.language = language;
        this.learner = learner;
        this.module = version.getModule();
        this.moduleVersion = version;
        this.number = number;
        this.questionOrder = String.join(",", questionOrder);
        this.optionOrdersJson = optionOrdersJson;
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isPastDeadline(Instant now) {
        return deadlineAt != null && !now.isBefore(deadlineAt);
    }

    public boolean belongsTo(String username) {
        return learner.getUsername().equals(username);
    }

    /**
     * Saves an answer, unless the client sent a newer one before this arrived (two saves of the same question can
     * cross on the network, for example when a page is left while a save is under way).
     *
     * @param clientSequence the client's increasing number for this save, or null if it gives none
     */
    public void save(String questionKey, String answerJson, Instant now, Long clientSequence) {
        if (isSubmitted()) {
            throw new IllegalStateException("Attempt " + id + " is submitted");
        }
        Response saved = responses.get(questionKey);
        if (saved == null || !saved.isNewerThan(clientSequence)) {
            responses.put(questionKey, new Response(answerJson, now, clientSequence));
        }
    }

    /** Closes the attempt with its grade; the responses were graded one by one before. */
    public void close(Instant at, double points, double percent, boolean passed) {
        this.submittedAt = at;
        this.points = points;
        this.percent = percent;
        this.passed = passed;
    }

    public List<String> questionOrder() {
        return Arrays.asList(questionOrder.split(","));
    }

    public Long getId() {
        return id;
    }

    public UserAccount getLearner() {
        return learner;
    }

    public Module getModule() {
        return module;
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public int getNumber() {
        return number;
    }

    public String getOptionOrdersJson() {
        return optionOrdersJson;
    }

    /** The language the attempt is taken in: short answers are accepted in it and in English. */
    public String getLanguage() {
        return language;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Double getPoints() {
        return points;
    }

    public Double getPercent() {
        return percent;
    }

    public Boolean getPassed() {
        return passed;
    }

    public Map<String, Response> getResponses() {
        return responses;
    }
}
