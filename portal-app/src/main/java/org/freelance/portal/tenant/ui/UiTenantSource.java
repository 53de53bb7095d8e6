package org.freelance.portal.tenant.ui;

import java.util.Optional;
import org.freelance.portal.base.TenantSource;
import org.freelance.portal.tenant.MyCommunity;
import org.springframework.stereotype.Component;

/** Tells the domain which community a Vaadin request works in: the one held by the UI handling it. */
@Component
class UiTenantSource implements TenantSource {

    @Override
    public Optional<String> currentTenant() {
        return CommunityContext.current().map(MyCommunity::slug);
    }
}
