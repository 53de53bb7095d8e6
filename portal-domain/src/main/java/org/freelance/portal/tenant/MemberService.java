package org.freelance.portal.tenant;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.identity.AccountService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members of the current community and their roles; changes are for community admins and audited. */
@Service
@Transactional
public class MemberService {

    private final MembershipRepository memberships;
    private final TenantAccess access;
    private final AuditLog auditLog;
    private final AccountService accounts;

    MemberService(MembershipRepository memberships, TenantAccess access, AuditLog auditLog, AccountService accounts) {
        this.memberships = memberships;
        this.access = access;
        this.auditLog = auditLog;
        this.accounts = accounts;
    }

    /**
     * Who is in the current community, by name and roles (no email): any member may see it, to name
     * a peer or show who wrote what.
     */
    @Transactional(readOnly = true)
    public List<MemberSummary> directory() {
        access.requireMember();
        return memberships.findAllWithUsers().stream()
                .map(m -> new MemberSummary(m.getUser().getId(), m.getUser().getDisplayName(), m.getRoles()))
                .sorted(java.util.Comparator.comparing(MemberSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The same members as {@link #directory()}, by user id, to name people; any member. */
    @Transactional(readOnly = true)
    public MemberDirectory directoryByUser() {
        return new MemberDirectory(directory());
    }

    /** The signed-in person's own membership here (roles for the menu and dashboard). */
    @Transactional(readOnly = true)
    public MemberView me() {
        return MemberView.of(access.requireMember());
    }

    @Transactional(readOnly = true)
    public List<MemberView> list() {
        access.requireRole(Role.ADMIN);
        return memberships.findAllWithUsers().stream().map(MemberView::of).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        access.requireRole(Role.ADMIN);
        return memberships.count();
    }

    /**
     * Replaces a member's roles. An empty set is refused ({@code error.member.roles-required}), and so
     * is taking the admin role from the last admin ({@code error.member.last-admin}). An id from
     * another community is not found.
     */
    public MemberView changeRoles(Long membershipId, Set<Role> roles) {
        access.requireRole(Role.ADMIN);
        if (roles == null || roles.isEmpty()) {
            throw new PortalException("error.member.roles-required");
        }
        Membership membership = memberships.findById(membershipId).orElseThrow(NotFoundException::new);
        if (membership.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && adminCount() <= 1) {
            throw new PortalException("error.member.last-admin");
        }
        Set<Role> before = membership.getRoles();
        membership.setRoles(EnumSet.copyOf(roles));
        auditLog.record(AuditEventType.ROLES_CHANGED, accounts.me(), membership.getUser().getEmail(),
                before + " -> " + membership.getRoles());
        return MemberView.of(membership);
    }

    /** Removes a member from the community (their account stays); the last admin cannot be removed. */
    public void remove(Long membershipId) {
        access.requireRole(Role.ADMIN);
        Membership membership = memberships.findById(membershipId).orElseThrow(NotFoundException::new);
        if (membership.getRoles().contains(Role.ADMIN) && adminCount() <= 1) {
            throw new PortalException("error.member.last-admin");
        }
        memberships.delete(membership);
        auditLog.record(AuditEventType.MEMBER_REMOVED, accounts.me(), membership.getUser().getEmail(),
                String.valueOf(membership.getRoles()));
    }

    private long adminCount() {
        return memberships.findAllWithUsers().stream().filter(m -> m.getRoles().contains(Role.ADMIN)).count();
    }
}
