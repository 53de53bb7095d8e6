package org.freelance.portal.tenant;

import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.base.CurrentTenant;
import org.freelance.portal.base.TenantDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every community is a tenant, archived ones included (their rows stay indexed), and so is the
 * knowledge base's shared catalogue.
 */
@Component
class CommunityTenantDirectory implements TenantDirectory {

    private final CommunityRepository communities;

    CommunityTenantDirectory(CommunityRepository communities) {
        this.communities = communities;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> allTenantIds() {
        Set<String> all = communities.findAll().stream().map(Community::getSlug).collect(Collectors.toSet());
        all.add(CurrentTenant.SHARED_CATALOGUE);
        return all;
    }
}
