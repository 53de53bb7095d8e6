package org.freelance.portal.identity;

/** Published after a successful sign-in, local or OIDC. */
public record UserSignedIn(Long userId, String email, String displayName, String method) {
}
