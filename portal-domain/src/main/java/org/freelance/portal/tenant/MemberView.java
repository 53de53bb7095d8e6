package org.freelance.portal.tenant;

import java.time.Instant;
import java.util.Set;

/** A member of the current community as the admin sees them. */
public record MemberView(Long membershipId, Long userId, String displayName, String email, Set<Role> roles,
        Instant joinedAt, Instant lastSignInAt) {

    static MemberView of(Membership m) {
        return new MemberView(m.getId(), m.getUser().getId(), m.getUser().getDisplayName(), m.getUser().getEmail(),
                m.getRoles(), m.getJoinedAt(), m.getUser().getLastSignInAt());
    }
}
