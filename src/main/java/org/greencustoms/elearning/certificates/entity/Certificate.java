package org.greencustoms.elearning.certificates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greencustoms.elearning.catalog.entity.Module;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.people.entity.UserAccount;

/**
 * Proof that a learner completed a module: issued once per learner and module, on the version they completed, and
 * never changed. The code is what the public verification page looks up.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.BY_CODE, query = "select c from Certificate c where c.code = :code")
@NamedQuery(name = Certificate.BY_LEARNER, query = """
        select c from Certificate c where c.learner.id = :learner order by c.issuedAt desc""")
@NamedQuery(name = Certificate.BY_LEARNER_AND_MODULE, query = """
        select c from Certificate c where c.learner.id = :learner and c.module.id = :module""")
public class Certificate {

    public static final String BY_CODE = "Certificate.byCode";
    public static final String BY_LEARNER = "Certificate.byLearner";
    public static final String BY_LEARNER_AND_MODULE = "Certificate.byLearnerAndModule";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "learner_id")
    private UserAccount learner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private Module module;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    /** The name as it was when the certificate was issued: a certificate does not change with the account. */
    @Column(name = "learner_name", nullable = false, length = 200)
    private String learnerName;

    /** The module grade at completion; null for a module without a quiz. */
    private Double percent;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Certificate() {
    }

    public Certificate(String code, UserAccount learner, ModuleVersion version, Double percent, Instant issuedAt) {
        this.code = code;
        this.learner = learner;
        this.module = version.getModule();
        this.moduleVersion = version;
        this.learnerName = learner.getDisplayName();
        this.percent = percent;
        this.issuedAt = issuedAt;
    }

    public String getCode() {
        return code;
    }

    public UserAccount getLearner() {
        return learner;
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public Double getPercent() {
        return percent;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
