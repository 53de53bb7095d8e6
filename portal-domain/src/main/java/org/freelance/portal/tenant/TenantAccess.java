package org.freelance.portal.tenant;

import java.util.EnumSet;
import java.util.Set;

import org.freelance.portal.base.AccessDeniedException;
import org.freelance.portal.base.CurrentTenant;
import org.freelance.portal.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership and role checks for the current community, used by every feature service before it
 * touches community data. Fails closed: no tenant, no user, archived community, missing role or a
 * one-time code not yet replaced all end in {@link AccessDeniedException}.
 */
@Component
public class TenantAccess {

    private final CurrentTenant currentTenant;
    private final CurrentUser currentUser;
    private final CommunityRepository communities;
    private final MembershipRepository memberships;

    TenantAccess(CurrentTenant currentTenant, CurrentUser currentUser, CommunityRepository communities,
            MembershipRepository memberships) {
        this.currentTenant = currentTenant;
        this.currentUser = currentUser;
        this.communities = communities;
        this.memberships = memberships;
    }

    /** The current community, if the signed-in person is a member of it and it is not archived. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Membership requireMember() {
        String slug = currentTenant.get().orElseThrow(AccessDeniedException::new);
        Long userId = currentUser.requireId();
        Community community = communities.findBySlug(slug).orElseThrow(AccessDeniedException::new);
        if (community.isArchived()) {
            throw new AccessDeniedException();
        }
        Membership membership = memberships.findByUserId(userId).orElseThrow(AccessDeniedException::new);
        if (!slug.equals(membership.tenantId())) {
            // defence in depth: the tenant filter should make this impossible
            throw new AccessDeniedException();
        }
        if (membership.getUser().isPasswordChangeRequired()) {
            // still signed in with an operator's one-time code: nothing of the community until it is replaced
            throw new AccessDeniedException();
        }
        return membership;
    }

    /** Like {@link #requireMember()}, and the member holds at least one of the roles. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Membership requireRole(Role first, Role... others) {
        Membership membership = requireMember();
        Set<Role> wanted = EnumSet.of(first, others);
        if (!membership.hasAnyRole(wanted)) {
            throw new AccessDeniedException();
        }
        return membership;
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Community currentCommunity() {
        return communities.findBySlug(requireMember().tenantId()).orElseThrow(AccessDeniedException::new);
    }
}
