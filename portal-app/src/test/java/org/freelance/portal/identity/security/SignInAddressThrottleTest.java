package org.freelance.portal.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.freelance.portal.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

class SignInAddressThrottleTest {

    /** Stands still unless the test moves it. */
    final MutableClock clock = MutableClock.of(Instant.parse("2026-12-07T10:00:00Z"), TestClock.PARIS);
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

        clock.add(Duration.ofMinutes(14));
        assertThat(throttle.isBlocked("203.0.113.9")).isTrue();
        clock.add(Duration.ofMinutes(1));
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
