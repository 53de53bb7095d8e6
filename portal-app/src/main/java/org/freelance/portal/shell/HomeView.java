package org.freelance.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.MyCommunity;
import org.freelance.portal.tenant.ui.CommunitiesView;
import org.freelance.portal.tenant.ui.CommunityContext;

/** The landing page: straight to the person's first community, or an explanation when they have none. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final AccountService accounts;

    public HomeView(CommunityService communities, AccountService accounts) {
        this.communities = communities;
        this.accounts = accounts;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var first = communities.myCommunities().stream().filter(c -> !c.archived()).map(MyCommunity::slug)
                .findFirst();
        if (first.isPresent()) {
            event.forwardTo(CommunityContext.path(first.get(), null));
            return;
        }
        removeAll();
        add(new H2(getTranslation("home.none.title")), new Paragraph(getTranslation("home.none.text")));
        if (accounts.isOperator()) {
            add(new Anchor(CommunitiesView.ROUTE, getTranslation("home.operator.link")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
