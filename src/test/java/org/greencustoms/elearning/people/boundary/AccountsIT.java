package org.greencustoms.elearning.people.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.SignedIn;
import org.greencustoms.elearning.audit.boundary.AuditLog;
import org.greencustoms.elearning.people.control.AccountStore;
import org.greencustoms.elearning.people.control.IssuedLink;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts on Liberty: PBKDF2 hashes, sign-in checks, the lock after repeated failures, demo accounts; and what
 * administrators do with accounts (find, change, disable, unlock, set-password links), each in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final char[] PASSWORD = SignedIn.PASSWORD.toCharArray();

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWithAssertions("accounts-it");
    }

    @Inject
    Accounts accounts;

    @Inject
    AccountStore store;

    @Inject
    SignIn signIn;

    @Inject
    AuditLog audit;

    @Inject
    SignedIn signedIn;

    private String username;
    /** Each test signs in from its own address: the throttle counts failures per address, across tests. */
    private String source;

    @BeforeEach
    void createAccount() {
        username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        source = "source-" + username;
        signedIn.create(username, "Test Officer", "fr", EnumSet.of(Role.LEARNER));
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() {
        UserAccount account = store.find(username).orElseThrow();

        assertThat(account.getPasswordHash()).startsWith("PBKDF2WithHmacSHA512:210000:")
                .doesNotContain(new String(PASSWORD));
    }

    @Test
    void theRightPasswordSignsInWithTheAccountsRolesAndLanguage() {
        SignInOutcome outcome = signIn.signIn(username, PASSWORD, source);

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.roles()).containsExactly(Role.LEARNER);
        assertThat(outcome.language()).isEqualTo("fr");
        assertThat(store.find(username).orElseThrow().getLastLoginAt()).isNotNull();
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefused() {
        assertThat(signIn.signIn(username, "wrong".toCharArray(), source).valid()).isFalse();
        assertThat(signIn.signIn("nobody-" + username, PASSWORD, source).valid()).isFalse();
        assertThat(store.find(username).orElseThrow().getFailedLogins()).isEqualTo(1);
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
        for (int i = 0; i < 6; i++) {
            signIn.signIn(username, "guess".toCharArray(), source);
        }
        assertThat(signIn.signIn(username, PASSWORD, source).valid()).isFalse();
        assertThat(accountRow().locked()).isTrue();

        accounts.unlock(accountRow().id());

        assertThat(signIn.signIn(username, PASSWORD, source).valid()).isTrue();
        assertThat(auditActions()).contains("ACCOUNT_UNLOCKED");
    }

    @Test
    void theLockAfterFailuresHoldsForTheSourceThatFailedButNotForTheOwnerElsewhere() {
        for (int i = 0; i < 6; i++) {
            signIn.signIn(username, "guess".toCharArray(), source);
        }
        assertThat(accountRow().locked()).isTrue();

        assertThat(signIn.signIn(username, PASSWORD, source).valid()).as("the guesser").isFalse();
        assertThat(signIn.signIn(username, PASSWORD, "owner-" + username).valid()).as("the owner").isTrue();
        assertThat(accountRow().locked()).isFalse();
    }

    @Test
    void aSourceWithTooManyFailuresIsRefusedOnEveryAccountWhileOthersSignIn() {
        for (int i = 0; i < 10; i++) {
            signIn.signIn("nobody-" + i + "-" + username, "guess".toCharArray(), source);
        }

        assertThat(signIn.signIn(username, PASSWORD, source).valid()).as("from the guessing source").isFalse();
        assertThat(signIn.signIn(username, PASSWORD, "elsewhere-" + username).valid()).as("elsewhere").isTrue();
        assertThat(store.find(username).orElseThrow().getFailedLogins()).as("not counted on the account").isZero();
    }

    @Test
    void demoModeHasOneAccountPerRole() {
        assertThat(store.find("learner")).hasValueSatisfying(a -> assertThat(a.getRoles()).contains(Role.LEARNER));
        assertThat(store.find("author")).hasValueSatisfying(a -> assertThat(a.getRoles()).contains(Role.AUTHOR));
        assertThat(store.find("trainer")).hasValueSatisfying(a -> assertThat(a.getRoles()).contains(Role.TRAINER));
        assertThat(store.find("admin")).hasValueSatisfying(a -> assertThat(a.getRoles()).contains(Role.ADMIN));
    }

    @Test
    void theSameUsernameRegisteredTwiceAtOnceCreatesOneAccountAndSaysSoToTheOther() throws Exception {
        String twice = "twice-" + UUID.randomUUID().toString().substring(0, 8);
        NewAccount account = new NewAccount(twice, "Twice", SignedIn.PASSWORD, "en", EnumSet.of(Role.LEARNER));
        Callable<String> register = () -> {
            try {
                return accounts.register(account).account().username();
            } catch (AccountExistsException e) {
                return "exists";
            }
        };

        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : signedIn.executor().invokeAll(List.of(register, register))) {
            outcomes.add(outcome.get());
        }
        assertThat(outcomes).containsExactlyInAnyOrder(twice, "exists");
    }

    @Test
    void administratorsFindAccountsByTextRoleAndAdministration() {
        AccountRow row = accountRow();
        accounts.update(row.id(), new AccountChanges("Test Officer", "officer@customs.example", "fr", "mw",
                EnumSet.of(Role.LEARNER)));

        assertThat(accounts.search(new Accounts.Query(username, null, null, null), 0, 10).items())
                .extracting(AccountRow::username).containsExactly(username);
        assertThat(accounts.search(new Accounts.Query("OFFICER@customs", Role.LEARNER, "MW", false), 0, 10).items())
                .extracting(AccountRow::username).contains(username);
        assertThat(accounts.search(new Accounts.Query(username, Role.ADMIN, null, null), 0, 10).total()).isZero();
        assertThat(accounts.search(Accounts.Query.all(), 0, 2).items()).hasSize(2);
    }

    @Test
    void changesAreCheckedAllAtOnceAndAudited() {
        long id = accountRow().id();

        assertThatThrownBy(() -> accounts.update(id, new AccountChanges(" ", "not-an-address", "xx", "ZZ", Set.of())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.details()).hasSize(5));
        AccountRow changed = accounts.update(id, new AccountChanges("Officer Banda", null, "pt", "mz",
                EnumSet.of(Role.LEARNER, Role.TRAINER)));

        assertThat(changed.displayName()).isEqualTo("Officer Banda");
        assertThat(changed.administration()).isEqualTo("MZ");
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        assertThat(audit.search(new AuditLog.Query(null, "ACCOUNT_CHANGED", username, null, null), 0, 10).items())
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("admin");
                    assertThat(e.detail()).contains("Test Officer").contains("Officer Banda");
                });
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        long id = accountRow().id();

        accounts.setDisabled(id, true);
        assertThat(signIn.signIn(username, PASSWORD, source).valid()).isFalse();
        accounts.setDisabled(id, false);

        assertThat(signIn.signIn(username, PASSWORD, source).valid()).isTrue();
        assertThat(auditActions()).contains("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorDropTheirOwnAdminRole() {
        long self = accounts.search(new Accounts.Query("admin", Role.ADMIN, null, null), 0, 50).items().stream()
                .filter(a -> a.username().equals("admin")).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> accounts.setDisabled(self, true)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> accounts.update(self, new AccountChanges("Admin", null, "en", null,
                EnumSet.of(Role.LEARNER)))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aSetPasswordLinkWorksOnceAndANewerOneReplacesIt() {
        long id = accountRow().id();
        IssuedLink first = accounts.issuePasswordLink(id);
        IssuedLink second = accounts.issuePasswordLink(id);
        String token = second.path().substring(second.path().indexOf('=') + 1);

        assertThatThrownBy(() -> signIn.setPassword(first.path().substring(first.path().indexOf('=') + 1),
                "a brand new password")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.setPassword(token, "short")).isInstanceOf(InvalidAccountException.class);
        assertThat(signIn.setPassword(token, "a brand new password")).isEqualTo(username);
        assertThatThrownBy(() -> signIn.setPassword(token, "another new password"))
                .isInstanceOf(NotFoundException.class);

        assertThat(signIn.signIn(username, "a brand new password".toCharArray(), source).valid()).isTrue();
        assertThat(auditActions()).contains("PASSWORD_LINK_ISSUED", "PASSWORD_SET");
        assertThat(audit.search(new AuditLog.Query(null, null, username, null, null), 0, 50).items())
                .noneMatch(e -> e.detail() != null && e.detail().contains(token));
    }

    @Test
    void anAccountCreatedWithoutAPasswordGetsALinkAndCannotSignInBeforeUsingIt() {
        String officer = "nopass-" + UUID.randomUUID().toString().substring(0, 8);
        Accounts.Created created = accounts.register(new NewAccount(officer, "Officer Phiri", null, "en",
                EnumSet.of(Role.LEARNER)));

        assertThat(created.link()).isNotNull();
        assertThat(created.link().path()).startsWith("/set-password.xhtml?token=");
        assertThat(signIn.linkHolder(created.link().path().substring(26))).contains("Officer Phiri");
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        signedIn.as(username);

        assertThatThrownBy(() -> accounts.search(Accounts.Query.all(), 0, 10)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> accounts.unlock(1)).isInstanceOf(EJBAccessException.class);
        signedIn.asDemo("trainer");
        assertThatThrownBy(() -> accounts.issuePasswordLink(1)).isInstanceOf(EJBAccessException.class);
    }

    private AccountRow accountRow() {
        signedIn.asDemo("admin");
        return accounts.search(new Accounts.Query(username, null, null, null), 0, 1).items().get(0);
    }

    private List<String> auditActions() {
        return audit.search(new AuditLog.Query(null, null, username, null, null), 0, 50).items().stream()
                .map(AuditLog.Entry::action).toList();
    }
}
