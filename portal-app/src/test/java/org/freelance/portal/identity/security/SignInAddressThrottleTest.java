package org.freelance.portal.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInAddressThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

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
            return now;
        }
    }

    final HandClock clock = new HandClock();
    final SignInAddressThrottle throttle = new SignInAddressThrottle(
            new WebSecurityProperties(null, null, null, 3, Duration.ofMinutes(15)), clock);

    @Test
    void an_address_is_blocked_at_its_limit_and_free_again_when_the_window_has_passed() {
        throttle.recordFailure("203.0.113.9");
        throttle.recordFailure("203.0.113.9");
        assertThat(throttle.isBlocked("203.0.113.9")).isFalse();
        throttle.recordFailure("203.0.113.9");
        assertThat(throttle.isBlocked("203.0.113.9")).isTrue();
        assertThat(throttle.isBlocked("203.0.113.10")).isFalse();

        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(throttle.isBlocked("203.0.113.9")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(throttle.isBlocked("203.0.113.9")).isFalse();
        throttle.recordFailure("203.0.113.9");
        assertThat(throttle.isBlocked("203.0.113.9")).isFalse();
    }

    @Test
    void a_flood_of_addresses_keeps_at_most_the_bounded_number_in_memory() {
        for (int i = 0; i < SignInAddressThrottle.MAX_ADDRESSES + 5_000; i++) {
            throttle.recordFailure("198.51." + (i / 256) + "." + (i % 256));
        }
        assertThat(throttle.trackedAddresses()).isEqualTo(SignInAddressThrottle.MAX_ADDRESSES);
    }
}
