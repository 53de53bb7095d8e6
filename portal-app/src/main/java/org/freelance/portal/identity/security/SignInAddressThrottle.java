package org.freelance.portal.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address within a sliding window, in memory: past the limit, the
 * address's further attempts are refused before any password is checked, so one machine can neither
 * guess many passwords nor lock many known accounts at will. Holds at most {@value #MAX_ADDRESSES}
 * addresses (the least recently failing are forgotten first), so a flood of addresses cannot fill the
 * heap. Per node: behind several replicas each counts on its own.
 */
@Component
class SignInAddressThrottle {

    static final int MAX_ADDRESSES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Failures> byAddress = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    SignInAddressThrottle(WebSecurityProperties settings, Clock clock) {
        this.maxFailures = settings.signInFailuresPerAddress();
        this.window = settings.signInFailureWindow();
        this.clock = clock;
    }

    /** Whether this address has used up its failures for the current window. */
    synchronized boolean isBlocked(String address) {
        Failures failures = byAddress.get(address);
        if (failures == null) {
            return false;
        }
        if (failures.expired(clock.instant(), window)) {
            byAddress.remove(address);
            return false;
        }
        return failures.count >= maxFailures;
    }

    /** Counts one failed sign-in from this address; the window starts at its first failure. */
    synchronized void recordFailure(String address) {
        Instant now = clock.instant();
        Failures failures = byAddress.get(address);
        if (failures == null || failures.expired(now, window)) {
            byAddress.put(address, new Failures(now));
        } else {
            failures.count++;
        }
    }

    synchronized int trackedAddresses() {
        return byAddress.size();
    }

    private static final class Failures {
        private final Instant since;
        private int count = 1;

        Failures(Instant since) {
            this.since = since;
        }

        boolean expired(Instant now, Duration window) {
            return !now.isBefore(since.plus(window));
        }
    }
}
