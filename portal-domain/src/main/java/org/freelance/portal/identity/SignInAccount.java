package org.freelance.portal.identity;

/** What the security layer needs to check a local sign-in. */
public record SignInAccount(Long id, String email, String displayName, String passwordHash, boolean operator,
        boolean locked, String language) {
}
