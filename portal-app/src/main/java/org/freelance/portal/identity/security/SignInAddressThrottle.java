package org.freelance.portal.identity.security;

import java.time.Clock;

import org.freelance.portal.base.AddressWindow;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address within a window: past the limit, the address's further
 * attempts are refused before any password is checked, so one machine can neither guess many
 * passwords nor lock many known accounts at will. Bounded in memory ({@link AddressWindow}); per node.
 */
@Component
class SignInAddressThrottle {

    static final int MAX_ADDRESSES = AddressWindow.MAX_ADDRESSES;

    private final AddressWindow failures;

    SignInAddressThrottle(WebSecurityProperties settings, Clock clock) {
        this.failures = new AddressWindow(settings.signInFailuresPerAddress(), settings.signInFailureWindow(), clock);
    }

    /** Whether this address has used up its failures for the current window. */
    boolean isBlocked(String address) {
        return failures.isExhausted(address);
    }

    /** Counts one failed sign-in from this address; the window starts at its first failure. */
    void recordFailure(String address) {
        failures.record(address);
    }

    int trackedAddresses() {
        return failures.trackedAddresses();
    }
}
