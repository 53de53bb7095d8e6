package org.freelance.portal.tenant.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.CopyField;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.InvitationIssued;
import org.freelance.portal.tenant.InviteeAccount;

/**
 * After creating a community whose first admin could not be mailed: the link to hand over, and what it
 * can do. When the first admin has no account yet, the link alone cannot create one, so the operator
 * may create it explicitly: a one-time code is shown this once (and audited), to be replaced by the
 * person at their first sign-in.
 */
class FirstAdminPanel extends Composite<VerticalLayout> {

    private final CommunityService communities;
    private final String slug;
    private final InvitationIssued invitation;

    FirstAdminPanel(CommunityService communities, String slug, InvitationIssued invitation) {
        this.communities = communities;
        this.slug = slug;
        this.invitation = invitation;
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setId("first-admin-panel");
        Paragraph explanation = new Paragraph(getTranslation(invitation.inviteeCanSignIn()
                ? "communities.first-admin.shown.existing" : "communities.first-admin.shown.newcomer",
                invitation.email()));
        explanation.setId("first-admin-explanation");
        content.add(explanation, new CopyField("first-admin-link", getTranslation("members.invite.link"),
                invitation.link()));
        if (!invitation.inviteeCanSignIn()) {
            Button create = new Button(getTranslation("communities.first-admin.create-account", invitation.email()));
            create.setId("first-admin-create-account");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClickListener(e -> createAccount(create));
            content.add(create);
        }
    }

    private void createAccount(Button create) {
        try {
            InviteeAccount account = communities.createFirstAdminAccount(slug, invitation.invitationId());
            create.setVisible(false);
            Paragraph once = new Paragraph(getTranslation("communities.first-admin.code.text", account.email()));
            once.setId("first-admin-code-text");
            getContent().add(once, new CopyField("first-admin-code",
                    getTranslation("communities.first-admin.code"), account.oneTimeCode()));
        } catch (PortalException failure) {
            Notifications.error(UserMessages.of(failure));
        }
    }
}
