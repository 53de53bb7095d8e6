package org.freelance.portal.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.MyCommunity;
import org.freelance.portal.tenant.ui.CommunitiesView;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * The landing page: straight to the community where work waits for the person (the most unread
 * notifications, else their first community); an operator without a community goes to the
 * communities page; anyone else without one gets an explanation.
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final AccountService accounts;
    private final NotificationService notifications;

    public HomeView(CommunityService communities, AccountService accounts, NotificationService notifications) {
        this.communities = communities;
        this.accounts = accounts;
        this.notifications = notifications;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> mine = communities.myCommunities().stream().filter(c -> !c.archived()).map(MyCommunity::slug)
                .toList();
        if (!mine.isEmpty()) {
            Map<String, Long> unread = notifications.unreadPerCommunity(Set.copyOf(mine));
            String busiest = mine.stream().max(Comparator.comparingLong(slug -> unread.getOrDefault(slug, 0L)))
                    .filter(slug -> unread.getOrDefault(slug, 0L) > 0).orElse(mine.get(0));
            event.forwardTo(CommunityContext.path(busiest, null));
            return;
        }
        if (accounts.isOperator()) {
            event.forwardTo(CommunitiesView.ROUTE);
            return;
        }
        removeAll();
        add(new H2(getTranslation("home.none.title")), new Paragraph(getTranslation("home.none.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
