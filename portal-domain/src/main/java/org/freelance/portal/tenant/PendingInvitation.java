package org.freelance.portal.tenant;

import java.time.Instant;
import java.util.Set;

/**
 * An invitation not yet accepted, as the admin sees it (the token itself is never shown again).
 *
 * @param mailed the link goes out by mail; otherwise it was shown and only works for someone signed in
 * @param mailFailed the last attempt to mail the link failed; it is tried again automatically
 */
public record PendingInvitation(Long id, String email, Set<Role> roles, Instant createdAt, Instant expiresAt,
        boolean mailed, boolean mailFailed) {
}
