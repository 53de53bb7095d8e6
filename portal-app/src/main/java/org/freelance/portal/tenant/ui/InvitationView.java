package org.freelance.portal.tenant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.PasswordFields;
import org.freelance.portal.base.ui.PasswordFields.NewPassword;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.tenant.InvitationDetails;
import org.freelance.portal.tenant.InvitationService;

/**
 * Where an invitation link lands. A signed-in person accepts in one click. A newcomer chooses a name
 * and password, but only with a link that came by mail: a link shown to an admin (no SMTP) works only
 * for someone who signs in with the invited email, which the page says, offering to sign in.
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final CurrentUser currentUser;

    public InvitationView(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        addClassName("portal-public-page");
        setId("invitation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("portal-app-name");
        add(appName);
        add(new H2(getTranslation("invitation.title")));
        InvitationDetails details;
        try {
            details = invitations.describe(token);
        } catch (PortalException e) {
            add(new Paragraph(getTranslation("invitation.unknown")));
            return;
        }
        add(new Paragraph(getTranslation("invitation.text", details.communityName(), details.email(),
                RoleLabels.of(this, details.roles()), Formats.dateTime(details.expiresAt()))));
        if (details.status() != InvitationDetails.Status.PENDING) {
            Paragraph status = new Paragraph(getTranslation("invitation.status." + details.status().name()));
            status.setId("invitation-status");
            add(status);
            return;
        }
        if (currentUser.id().isPresent()) {
            Button accept = new Button(getTranslation("invitation.accept"), e -> acceptSignedIn(token));
            accept.setId("invitation-accept");
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            add(accept);
        } else if (details.newcomerMayChoosePassword()) {
            addNewAccountForm(token, details.email());
        } else {
            addSignIn(token, details);
        }
    }

    private void acceptSignedIn(String token) {
        try {
            String slug = invitations.acceptAsCurrentUser(token);
            Notifications.success(getTranslation("invitation.accepted"));
            UI.getCurrent().navigate(CommunityContext.path(slug, null));
        } catch (PortalException e) {
            Notifications.error(UserMessages.of(e));
        }
    }

    /**
     * Someone who can already sign in, or a link that was not mailed: say what the link can do, then
     * sign in (email prefilled) through the accept page, which accepts on the way back.
     */
    private void addSignIn(String token, InvitationDetails details) {
        String explanation = details.accountHasCredentials()
                ? getTranslation("invitation.sign-in.existing", details.email())
                : getTranslation("invitation.sign-in.not-mailed", details.email());
        Paragraph text = new Paragraph(explanation);
        text.setId("invitation-explanation");
        Button signIn = new Button(getTranslation("invitation.sign-in", details.email()), e -> {
            LoginView.prefillNextSignIn(UI.getCurrent().getSession(), details.email());
            UI.getCurrent().navigate(InvitationAcceptView.class, new RouteParameters("token", token));
        });
        signIn.setId("invitation-sign-in");
        signIn.addThemeVariants(ButtonVariant.PRIMARY);
        add(text, signIn);
    }

    private void addNewAccountForm(String token, String email) {
        TextField name = new TextField(getTranslation("invitation.name"));
        name.setId("invitation-name");
        name.setRequired(true);
        name.setMaxLength(120);
        name.setHelperText(getTranslation("invitation.name.help"));
        name.setWidthFull();
        NewPassword password = PasswordFields.newPassword("invitation-password", "invitation-password-confirm")
                .widthFull();
        Button create = new Button(getTranslation("invitation.create-account"), e -> {
            name.setInvalid(false);
            if (!password.matches()) {
                return;
            }
            try {
                invitations.acceptWithNewPassword(token, name.getValue(), password.value());
                UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("welcome", email)));
            } catch (PortalException failure) {
                if (failure.messageKey().startsWith("error.profile.name")) {
                    name.setErrorMessage(UserMessages.of(failure));
                    name.setInvalid(true);
                } else {
                    password.refuse(UserMessages.of(failure));
                }
            }
        });
        create.setId("invitation-create-account");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Paragraph(getTranslation("invitation.choose-password", email)), name, password.password(),
                password.confirm(), create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
