package org.freelance.portal.tenant;

import java.time.Instant;
import java.util.Set;

/** What an invitation link shows before it is accepted. */
public record InvitationDetails(String communitySlug, String communityName, String email, Set<Role> roles,
        Status status, Instant expiresAt, boolean accountHasCredentials) {

    public enum Status { PENDING, EXPIRED, USED, REVOKED }
}
