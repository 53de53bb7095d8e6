package org.freelance.portal.tenant.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.tenant.InvitationService;

/**
 * Accepts an invitation for the signed-in person. Anonymous visitors are sent to sign in first and
 * brought back here, so an existing member of another community joins with one sign-in.
 */
@Route("invitation/:token/accept")
@PermitAll
public class InvitationAcceptView extends VerticalLayout implements BeforeEnterObserver {

    private final InvitationService invitations;

    public InvitationAcceptView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            String slug = invitations.acceptAsCurrentUser(token);
            event.forwardTo(CommunityContext.path(slug, null));
        } catch (PortalException e) {
            removeAll();
            Paragraph message = new Paragraph(UserMessages.of(e));
            message.setId("invitation-error");
            add(message);
        }
    }
}
