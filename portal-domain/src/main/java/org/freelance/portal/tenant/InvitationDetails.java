package org.freelance.portal.tenant;

import java.time.Instant;
import java.util.Set;

/**
 * What an invitation link shows before it is accepted.
 *
 * @param accountHasCredentials the invited email can already sign in (password or OIDC)
 * @param mailed the link went out by mail; otherwise it was shown to whoever invited
 */
public record InvitationDetails(String communitySlug, String communityName, String email, Set<Role> roles,
        Status status, Instant expiresAt, boolean accountHasCredentials, boolean mailed) {

    public enum Status { PENDING, EXPIRED, USED, REVOKED }

    /**
     * Whoever holds the link may create the account (name and first password) only when the account has
     * no credentials yet and the link reached the invitee's mailbox: a link an admin saw must not let
     * that admin choose someone else's password.
     */
    public boolean newcomerMayChoosePassword() {
        return mailed && !accountHasCredentials;
    }
}
