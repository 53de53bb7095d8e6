package org.freelance.portal.tenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.InvitationIssued;

/**
 * The operator invites an admin into an existing community, for instance when the first admin's link
 * was lost, expired, or the page was left before their account was created. Mailed when possible;
 * otherwise the same panel as at creation (link, and the one-time code path for a newcomer).
 */
class AdminInviteDialog extends Dialog {

    AdminInviteDialog(CommunityService communities, CommunityView community) {
        setHeaderTitle(getTranslation("communities.invite-admin.title", community.name()));
        setId("admin-invite-dialog");
        EmailField email = new EmailField(getTranslation("members.email"));
        email.setId("admin-invite-email");
        email.setRequired(true);
        email.setWidthFull();
        VerticalLayout body = new VerticalLayout(email);
        body.setPadding(false);
        Button send = new Button(getTranslation("members.invite.send"));
        send.setId("admin-invite-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> {
            email.setInvalid(false);
            try {
                InvitationIssued issued = communities.inviteAdmin(community.id(), email.getValue());
                if (issued.mailed()) {
                    close();
                    Notifications.success(getTranslation("members.invite.mailed", issued.email()));
                } else {
                    send.setVisible(false);
                    email.setReadOnly(true);
                    body.add(new FirstAdminPanel(communities, community.slug(), issued));
                }
            } catch (PortalException failure) {
                email.setErrorMessage(UserMessages.of(failure));
                email.setInvalid(true);
            }
        });
        add(body);
        setWidth("min(48rem, 95vw)");
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), send);
    }
}
