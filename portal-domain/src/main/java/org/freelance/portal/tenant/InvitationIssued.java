package org.freelance.portal.tenant;

/**
 * An invitation just created. The link carries the only copy of the token. It is null when the link
 * went out by mail (only the invitee holds it: it may create their account); otherwise it is shown to
 * the inviter, and then only works for someone signed in with the invited email.
 *
 * @param inviteeCanSignIn the invited email already has credentials (password or OIDC)
 */
public record InvitationIssued(Long invitationId, String email, String link, boolean mailed,
        boolean inviteeCanSignIn) {
}
