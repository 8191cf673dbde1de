package org.greencustoms.elearning.people.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts on Liberty: PBKDF2 hashes, sign-in checks, the lock after repeated failures, demo accounts. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWithAssertions("accounts-it");
    }

    @Inject
    Accounts accounts;

    private String username;

    @BeforeEach
    void createAccount() {
        username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Test Officer", PASSWORD, "fr", EnumSet.of(Role.LEARNER));
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() {
        UserAccount account = accounts.find(username).orElseThrow();

        assertThat(account.getPasswordHash()).startsWith("PBKDF2WithHmacSHA512:210000:")
                .doesNotContain(new String(PASSWORD));
    }

    @Test
    void theRightPasswordSignsInWithTheAccountsRoles() {
        SignInOutcome outcome = accounts.signIn(username, PASSWORD);

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.roles()).containsExactly(Role.LEARNER);
        assertThat(accounts.find(username).orElseThrow().getLastLoginAt()).isNotNull();
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefused() {
        assertThat(accounts.signIn(username, "wrong".toCharArray()).valid()).isFalse();
        assertThat(accounts.signIn("nobody-" + username, PASSWORD).valid()).isFalse();
        assertThat(accounts.find(username).orElseThrow().getFailedLogins()).isEqualTo(1);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() {
        for (int i = 0; i < 6; i++) {
            accounts.signIn(username, "guess".toCharArray());
        }

        assertThat(accounts.signIn(username, PASSWORD).valid()).isFalse();
        assertThat(accounts.find(username).orElseThrow().getLockedUntil()).isNotNull();
    }

    @Test
    void demoModeHasOneAccountPerRole() {
        assertThat(accounts.find("learner")).hasValueSatisfying(a -> assertThat(a.getRoles()).contains(Role.LEARNER));
        assertThat(accounts.find("author")).hasValueSatisfying(a -> assertThat(a.getRoles()).contains(Role.AUTHOR));
        assertThat(accounts.find("trainer")).hasValueSatisfying(a -> assertThat(a.getRoles()).contains(Role.TRAINER));
        assertThat(accounts.find("admin")).hasValueSatisfying(a -> assertThat(a.getRoles()).contains(Role.ADMIN));
    }

    @Test
    void theSameUsernameRegisteredTwiceAtOnceCreatesOneAccountAndSaysSoToTheOther() throws Exception {
        String username = "twice-" + UUID.randomUUID().toString().substring(0, 8);
        NewAccount account = new NewAccount(username, "Twice", "a long test password", "en", EnumSet.of(Role.LEARNER));
        Callable<String> register = () -> {
            try {
                return accounts.register(account).getUsername();
            } catch (AccountExistsException e) {
                return "exists";
            }
        };

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(List.of(register, register))) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(username, "exists");
        } finally {
            pool.shutdown();
        }
    }
}
