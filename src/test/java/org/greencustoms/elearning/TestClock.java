package org.greencustoms.elearning;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Replaces the platform's clock in the test deployments that include it, so that a test can move time forward
 * (past a deadline) instead of waiting.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class TestClock {

    private static final Adjustable CLOCK = new Adjustable();

    @Produces
    public Clock clock() {
        return CLOCK;
    }

    public static void advance(Duration duration) {
        CLOCK.offset = CLOCK.offset.plus(duration);
    }

    static final class Adjustable extends Clock {

        private volatile Duration offset = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
