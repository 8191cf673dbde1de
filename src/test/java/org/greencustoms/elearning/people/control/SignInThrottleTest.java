package org.greencustoms.elearning.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle();

    @Test
    void aSourceIsBlockedFromItsTenthFailureForTwiceAsLongEachTime() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("6.6.6.6", "user" + i, NOW);
        }
        assertThat(throttle.isBlocked("6.6.6.6", NOW)).isFalse();

        throttle.failed("6.6.6.6", "admin", NOW);
        assertThat(throttle.isBlocked("6.6.6.6", NOW.plusSeconds(59))).isTrue();
        assertThat(throttle.isBlocked("6.6.6.6", NOW.plusSeconds(60))).isFalse();
        assertThat(throttle.isBlocked("203.0.113.9", NOW)).as("another source").isFalse();

        throttle.failed("6.6.6.6", "admin", NOW.plusSeconds(60));
        assertThat(throttle.isBlocked("6.6.6.6", NOW.plusSeconds(179))).isTrue();
        assertThat(throttle.isBlocked("6.6.6.6", NOW.plusSeconds(180))).isFalse();
    }

    @Test
    void theLongestBlockIsAnHour() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("6.6.6.6", "admin", NOW);
        }
        assertThat(throttle.isBlocked("6.6.6.6", NOW.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(throttle.isBlocked("6.6.6.6", NOW.plus(Duration.ofMinutes(60)))).isFalse();
    }

    @Test
    void onlyTheSourcesThatFailedOnAnAccountLatelyAreHeldByItsLock() {
        throttle.failed("6.6.6.6", "admin", NOW);

        assertThat(throttle.failedOn("6.6.6.6", "admin", NOW.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(throttle.failedOn("6.6.6.6", "admin", NOW.plus(Duration.ofMinutes(60)))).isFalse();
        assertThat(throttle.failedOn("203.0.113.9", "admin", NOW)).isFalse();
        assertThat(throttle.failedOn("6.6.6.6", "learner", NOW)).isFalse();
    }

    @Test
    void theRightPasswordClearsTheAccountForThatSource() {
        throttle.failed("203.0.113.9", "admin", NOW);

        throttle.succeeded("203.0.113.9", "admin");

        assertThat(throttle.failedOn("203.0.113.9", "admin", NOW)).isFalse();
    }

    @Test
    void sourcesNotSeenForAnHourAreForgotten() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("6.6.6.6", "admin", NOW);
        }
        throttle.failed("203.0.113.9", "admin", NOW.plus(Duration.ofMinutes(61)));
        throttle.failed("6.6.6.6", "admin", NOW.plus(Duration.ofMinutes(61)));

        assertThat(throttle.isBlocked("6.6.6.6", NOW.plus(Duration.ofMinutes(61)))).as("counted from one again")
                .isFalse();
    }
}
