package org.freelance.portal.tenant;

/**
 * An invitation just created. The link carries the only copy of the token; it is shown to the admin
 * when it could not be mailed, and then it only works for someone signed in with the invited email.
 *
 * @param inviteeCanSignIn the invited email already has credentials (password or OIDC)
 */
public record InvitationIssued(Long invitationId, String email, String link, boolean mailed,
        boolean inviteeCanSignIn) {
}
