package org.freelance.portal.tenant;

import java.time.Instant;
import java.util.Set;

/**
 * An invitation not yet accepted, as the admin sees it (the token itself is never shown again).
 *
 * @param mailed the link went out by mail; otherwise it was shown and only works for someone signed in
 */
public record PendingInvitation(Long id, String email, Set<Role> roles, Instant createdAt, Instant expiresAt,
        boolean mailed) {
}
