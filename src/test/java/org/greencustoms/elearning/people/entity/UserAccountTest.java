package org.greencustoms.elearning.people.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final UserAccount account = new UserAccount("amina", "Amina", "hash", "fr", EnumSet.of(Role.LEARNER), false, NOW);

    @Test
    void fiveFailuresDoNotLockTheAccount() {
        fail(5);

        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.getFailedLogins()).isEqualTo(5);
    }

    @Test
    void theSixthFailureLocksForThirtySecondsAndEachFurtherOneDoublesIt() {
        fail(6);
        assertThat(account.getLockedUntil()).isEqualTo(NOW.plusSeconds(30));
        assertThat(account.isLockedAt(NOW.plusSeconds(29))).isTrue();
        assertThat(account.isLockedAt(NOW.plusSeconds(30))).isFalse();

        account.failedLoginAt(NOW);
        assertThat(account.getLockedUntil()).isEqualTo(NOW.plusSeconds(60));
        account.failedLoginAt(NOW);
        assertThat(account.getLockedUntil()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void theLockNeverExceedsFifteenMinutes() {
        fail(60);

        assertThat(account.getLockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void signingInClearsFailuresAndLock() {
        fail(7);

        account.signedInAt(NOW.plusSeconds(3600));

        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.getLockedUntil()).isNull();
        assertThat(account.getLastLoginAt()).isEqualTo(NOW.plusSeconds(3600));
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            account.failedLoginAt(NOW);
        }
    }
}
