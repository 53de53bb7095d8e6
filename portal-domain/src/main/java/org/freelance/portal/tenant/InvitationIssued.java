package org.freelance.portal.tenant;

/**
 * An invitation just created. The link carries the only copy of the token; it is shown to the admin
 * when it could not be mailed.
 */
public record InvitationIssued(Long invitationId, String email, String link, boolean mailed) {
}
