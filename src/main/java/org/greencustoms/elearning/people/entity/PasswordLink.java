package org.greencustoms.elearning.people.entity;

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

/**
 * A one-time link to set an account's password, for officers who have no e-mail the platform could write to: the
 * trainer or administrator prints or exports it. Only the token's SHA-256 is stored; it works once, until it expires,
 * and issuing a new one for the account voids the older ones.
 */
@Entity
@Table(name = "password_link")
@NamedQuery(name = PasswordLink.BY_HASH, query = "select p from PasswordLink p join fetch p.account where p.tokenHash = :hash")
@NamedQuery(name = PasswordLink.OPEN_OF, query = """
        select p from PasswordLink p where p.account = :account and p.usedAt is null""")
public class PasswordLink {

    public static final String BY_HASH = "PasswordLink.byHash";
    public static final String OPEN_OF = "PasswordLink.openOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordLink() {
    }

    public PasswordLink(UserAccount account, String tokenHash, String createdBy, Instant createdAt,
            Instant expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Used up: by setting the password, or by a newer link for the same account. */
    public void useAt(Instant now) {
        usedAt = now;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
