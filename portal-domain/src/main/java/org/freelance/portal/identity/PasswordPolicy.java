package org.freelance.portal.identity;

import org.freelance.portal.base.PortalException;

/** What a local password must satisfy. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Throws a {@link PortalException} keyed {@code error.password.*} when the password is unusable. */
    static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new PortalException("error.password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new PortalException("error.password.too-long", MAX_LENGTH);
        }
        if (password.isBlank()) {
            throw new PortalException("error.password.too-short", MIN_LENGTH);
        }
    }
}
