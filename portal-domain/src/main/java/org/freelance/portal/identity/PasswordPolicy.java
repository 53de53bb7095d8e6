package org.freelance.portal.identity;

import java.nio.charset.StandardCharsets;

import org.freelance.portal.base.PortalException;

/**
 * What a local password must satisfy: at least 12 characters, and at most 72 bytes once encoded in
 * UTF-8, because bcrypt reads no further (Spring Security refuses longer input rather than cut it).
 * 72 bytes are 72 letters without accents, fewer with accents or symbols (2 to 4 bytes each).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /**
     * Throws a {@link PortalException} keyed {@code error.password.too-short} (argument: the minimum
     * in characters) or {@code error.password.too-long} (argument: the maximum in bytes).
     */
    static void check(String password) {
        if (password == null || password.isBlank()
                || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new PortalException("error.password.too-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new PortalException("error.password.too-long", MAX_BYTES);
        }
    }
}
