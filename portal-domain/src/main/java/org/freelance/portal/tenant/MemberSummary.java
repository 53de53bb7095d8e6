package org.freelance.portal.tenant;

import java.util.Set;

/** A member as every other member may see them: a name and roles. */
public record MemberSummary(Long userId, String displayName, Set<Role> roles) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
