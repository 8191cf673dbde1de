package org.greencustoms.elearning.people.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person who signs in. Failed sign-ins lock the account for a while that doubles with each further failure, so
 * that guessing passwords is slowed down without keeping server threads asleep.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.BY_USERNAMES, query = "select u from UserAccount u where u.username in :usernames")
@NamedQuery(name = UserAccount.COUNT_WITH_ROLE,
        query = "select count(u) from UserAccount u join u.roles r where r = :role and u.demo = false")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String BY_USERNAMES = "UserAccount.byUsernames";
    public static final String COUNT_WITH_ROLE = "UserAccount.countWithRole";

    /** Failures allowed before the first lock. */
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @Column(name = "administration_code")
    private String administrationCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** A disabled account cannot sign in; its history stays. */
    @Column(nullable = false)
    private boolean disabled;

    /** Created for demo mode: such an account cannot sign in once demo mode is off. */
    @Column(nullable = false)
    private boolean demo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, String preferredLanguage,
            Set<Role> roles, boolean demo, Instant createdAt) {
        this.demo = demo;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.preferredLanguage = preferredLanguage;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; from the sixth on, locks the account for 30 s, 1 min, 2 min... up to 15 min. */
    public void failedLoginAt(Instant now) {
        failedLogins++;
        int beyondFree = failedLogins - FREE_FAILURES;
        if (beyondFree > 0) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(beyondFree - 1, 10));
            lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
    }

    /** What an administrator (or a trainer's enrolment file) may change of an account. */
    public void describe(String displayName, String email, String preferredLanguage, String administrationCode) {
        this.displayName = displayName;
        this.email = email;
        this.preferredLanguage = preferredLanguage;
        this.administrationCode = administrationCode;
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    /** Lifts a lock after failed sign-ins, and starts the count again. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        unlock();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void signedInAt(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getAdministrationCode() {
        return administrationCode;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isDemo() {
        return demo;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
