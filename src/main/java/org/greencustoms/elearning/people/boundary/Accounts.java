package org.greencustoms.elearning.people.boundary;

import org.greencustoms.elearning.platform.export.TableExport;
import org.greencustoms.elearning.platform.export.ExportTable;
import org.greencustoms.elearning.platform.export.ExportFormat;
import java.util.Arrays;
import java.io.OutputStream;
import java.io.IOException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greencustoms.elearning.people.control.AccountStore;
import org.greencustoms.elearning.people.control.IssuedLink;
import org.greencustoms.elearning.people.control.PasswordLinks;
import org.greencustoms.elearning.people.entity.Administration;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.platform.Audited;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.Languages;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.platform.Page;

/**
 * Accounts, for administrators: find them, create them, change their name, e-mail, language, administration and
 * roles, disable and re-enable them, lift a sign-in lock, and issue one-time set-password links. Every change goes
 * into the audit log.
 */
@Stateless
@RolesAllowed("ADMIN")
public class Accounts {

    /** Criteria for the account list; every one optional. */
    public record Query(String text, Role role, String administration, Boolean disabled) {

        public static Query all() {
            return new Query(null, null, null, null);
        }
    }

    /** An account just created, with its set-password link when it was created without a password. */
    public record Created(AccountRow account, IssuedLink link) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountStore store;

    @Inject
    PasswordLinks links;

    @Inject
    Scope scope;

    @Inject
    Event<Audited> audited;

    @Inject
    Clock clock;

    public Page<AccountRow> search(Query query, int offset, int limit) {
        long total = where(query, "select count(u) from UserAccount u", Long.class).getSingleResult();
        List<AccountRow> rows = where(query, "select u from UserAccount u", UserAccount.class, " order by u.username")
                .setFirstResult(offset).setMaxResults(limit).getResultStream().map(this::row).toList();
        return new Page<>(total, offset, limit, rows);
    }

    /**
     * Writes every account the query finds as CSV or XLSX, read from the database as it is written (never all at
     * once), inside this method's transaction so that the cursor stays open; the export is audited.
     */
    public void export(Query query, ExportFormat format, OutputStream out) throws IOException {
        audited.fire(new Audited("EXPORTED", "ACCOUNTS", null, describe(query)));
        Stream<List<?>> rows = where(query, "select u from UserAccount u", UserAccount.class, " order by u.username")
                .setHint("org.hibernate.fetchSize", 500).getResultStream().map(this::row).map(Accounts::line);
        TableExport.write(new ExportTable("Accounts", List.of("Username", "Name", "E-mail", "Language",
                "Administration", "Roles", "Disabled", "Locked", "Created", "Last signed in"), rows), format, out);
    }

    private static List<?> line(AccountRow a) {
        return Arrays.asList(a.username(), a.displayName(), a.email(), a.language(), a.administration(),
                a.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")), a.disabled(), a.locked(),
                a.createdAt(), a.lastSignInAt());
    }

    public AccountRow get(long id) {
        return row(find(id));
    }

    /**
     * Creates an account; without a password, with a one-time link for its owner to set one.
     *
     * @throws InvalidAccountException if the username, name, password, language or roles will not do
     * @throws AccountExistsException if the username is taken
     */
    public Created register(NewAccount account) {
        List<String> problems = account.problems();
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        if (store.find(account.username()).isPresent()) {
            throw new AccountExistsException(account.username());
        }
        UserAccount created;
        try {
            created = store.create(account.username(), account.displayName().strip(),
                    account.password() == null ? null : account.password().toCharArray(),
                    account.language() == null ? Languages.DEFAULT : account.language(),
                    EnumSet.copyOf(account.roles()));
            em.flush();
        } catch (PersistenceException e) {
            // The same username registered at the same moment by another request: the unique key says so.
            throw new AccountExistsException(account.username());
        }
        audited.fire(new Audited("ACCOUNT_CREATED", "ACCOUNT", created.getUsername(), "roles " + created.getRoles()));
        IssuedLink link = account.password() == null ? links.issue(created, scope.callerName()) : null;
        return new Created(row(created), link);
    }

    /** Changes an account; an administrator cannot take the administrator role from themselves. */
    public AccountRow update(long id, AccountChanges changes) {
        UserAccount account = find(id);
        Set<String> administrations = administrationCodes();
        String administration = changes.administration() == null || changes.administration().isBlank() ? null
                : changes.administration().strip().toUpperCase(Locale.ROOT);
        List<String> problems = new ArrayList<>(new AccountChanges(changes.displayName(), changes.email(),
                changes.language(), administration, changes.roles()).problems(administrations));
        if (isCaller(account) && changes.roles() != null && !changes.roles().contains(Role.ADMIN)) {
            problems.add("roles: you cannot take the ADMIN role from your own account");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The account was not changed", "error.invalidAccount", problems);
        }
        String before = summary(account);
        account.describe(changes.displayName().strip(), blankToNull(changes.email()), changes.language(),
                administration);
        account.setRoles(EnumSet.copyOf(changes.roles()));
        audited.fire(new Audited("ACCOUNT_CHANGED", "ACCOUNT", account.getUsername(),
                before + " → " + summary(account)));
        return row(account);
    }

    /** Disables (or re-enables) an account: a disabled one cannot sign in; its records stay. Not one's own. */
    public AccountRow setDisabled(long id, boolean disabled) {
        UserAccount account = find(id);
        if (isCaller(account) && disabled) {
            throw new InvalidRequestException("The account was not disabled", "error.invalidAccount",
                    List.of("you cannot disable your own account"));
        }
        if (account.isDisabled() != disabled) {
            account.setDisabled(disabled);
            audited.fire(new Audited(disabled ? "ACCOUNT_DISABLED" : "ACCOUNT_ENABLED", "ACCOUNT",
                    account.getUsername(), null));
        }
        return row(account);
    }

    public AccountRow unlock(long id) {
        UserAccount account = find(id);
        account.unlock();
        audited.fire(new Audited("ACCOUNT_UNLOCKED", "ACCOUNT", account.getUsername(), null));
        return row(account);
    }

    /** A new one-time set-password link for the account; older ones stop working. Shown once: keep it. */
    public IssuedLink issuePasswordLink(long id) {
        UserAccount account = find(id);
        IssuedLink link = links.issue(account, scope.callerName());
        audited.fire(new Audited("PASSWORD_LINK_ISSUED", "ACCOUNT", account.getUsername(),
                "valid until " + link.expiresAt()));
        return link;
    }

    private UserAccount find(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new NotFoundException("No account " + id);
        }
        return account;
    }

    private boolean isCaller(UserAccount account) {
        return account.getUsername().equals(scope.callerName());
    }

    private Set<String> administrationCodes() {
        return em.createNamedQuery(Administration.ALL, Administration.class).getResultStream()
                .map(Administration::getCode).collect(Collectors.toSet());
    }

    private <T> TypedQuery<T> where(Query query, String select, Class<T> type) {
        return where(query, select, type, "");
    }

    private <T> TypedQuery<T> where(Query query, String select, Class<T> type, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        String text = query.text() == null || query.text().isBlank() ? null
                : "%" + query.text().strip().toLowerCase(Locale.ROOT) + "%";
        if (text != null) {
            jpql.append(" and (lower(u.username) like :text or lower(u.displayName) like :text"
                    + " or lower(coalesce(u.email, '')) like :text)");
        }
        if (query.role() != null) {
            jpql.append(" and :role member of u.roles");
        }
        if (query.administration() != null && !query.administration().isBlank()) {
            jpql.append(" and u.administrationCode = :administration");
        }
        if (query.disabled() != null) {
            jpql.append(" and u.disabled = :disabled");
        }
        TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type);
        if (text != null) {
            typed.setParameter("text", text);
        }
        if (query.role() != null) {
            typed.setParameter("role", query.role());
        }
        if (query.administration() != null && !query.administration().isBlank()) {
            typed.setParameter("administration", query.administration().strip().toUpperCase(Locale.ROOT));
        }
        if (query.disabled() != null) {
            typed.setParameter("disabled", query.disabled());
        }
        return typed;
    }

    private AccountRow row(UserAccount account) {
        return AccountRow.of(account, Instant.now(clock));
    }

    private static String summary(UserAccount account) {
        return account.getDisplayName() + ", " + (account.getEmail() == null ? "no e-mail" : account.getEmail()) + ", "
                + account.getPreferredLanguage() + ", " + (account.getAdministrationCode() == null ? "no administration"
                        : account.getAdministrationCode()) + ", " + account.getRoles();
    }

    private static String describe(Query query) {
        return "accounts matching " + query;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
