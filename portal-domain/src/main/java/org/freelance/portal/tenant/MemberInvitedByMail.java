package org.freelance.portal.tenant;

/**
 * Someone was invited and the link goes to them by mail, after commit. The event carries no token:
 * the publication registry keeps events in the database, where no usable link may be stored.
 *
 * @param language the language of the mail (the invitee's, or the community's default)
 */
record MemberInvitedByMail(String community, Long invitationId, String email, String communityName,
        String inviterName, String language) {
}
