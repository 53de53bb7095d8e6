package org.freelance.portal.tenant;

import java.util.Optional;

/** A new community, and the invitation of its first admin when one was named. */
public record CreatedCommunity(CommunityView community, Optional<InvitationIssued> firstAdminInvitation) {
}
