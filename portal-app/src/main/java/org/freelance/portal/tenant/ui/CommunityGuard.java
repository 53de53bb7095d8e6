package org.freelance.portal.tenant.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.freelance.portal.base.AccessDeniedException;
import org.freelance.portal.base.ui.NavigationGuard;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.MyCommunity;
import org.springframework.stereotype.Component;

/**
 * Runs before every navigation. A route with a {@code :slug} parameter is entered only by a member
 * of that (non-archived) community, and only with the roles the view asks for; anything else is
 * refused with the same page whether the community exists or not. The resolved community becomes
 * the UI's current community; leaving community pages clears it.
 */
@Component
class CommunityGuard implements NavigationGuard {

    private final CommunityService communities;
    private final CurrentUser currentUser;

    CommunityGuard(CommunityService communities, CurrentUser currentUser) {
        this.communities = communities;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> slug = event.getRouteParameters().get(CommunityContext.SLUG);
        if (slug.isEmpty()) {
            CommunityContext.set(event.getUI(), null);
            return;
        }
        if (currentUser.id().isEmpty()) {
            return; // Vaadin's access control sends anonymous visitors to the login page
        }
        Optional<MyCommunity> community = communities.enter(slug.get());
        boolean allowed = community.isPresent() && CommunityContext.mayOpen(community.get(),
                event.getNavigationTarget());
        if (!allowed) {
            CommunityContext.set(event.getUI(), null);
            event.rerouteToError(new AccessDeniedException(), "");
            return;
        }
        CommunityContext.set(event.getUI(), community.get());
    }
}
