package org.freelance.portal.tenant;

import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.base.TenantDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every community is a tenant, archived ones included (their rows stay indexed). */
@Component
class CommunityTenantDirectory implements TenantDirectory {

    private final CommunityRepository communities;

    CommunityTenantDirectory(CommunityRepository communities) {
        this.communities = communities;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> allTenantIds() {
        return communities.findAll().stream().map(Community::getSlug).collect(Collectors.toSet());
    }
}
