package org.freelance.portal.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.PasswordFields;
import org.freelance.portal.base.ui.PasswordFields.NewPassword;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.OneTimeCodes;

/**
 * The first sign-in of an account an operator created: the one-time code is replaced by a password of
 * the person's own (and their name asked) before any other page opens ({@link PasswordChangeGuard}).
 * Then the page the person was going to opens, an invitation's accept page for instance.
 */
@Route(value = PasswordChangeRequiredView.ROUTE, autoLayout = false)
@PermitAll
public class PasswordChangeRequiredView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "password-change";

    private final OneTimeCodes oneTimeCodes;
    private final AccountService accounts;
    private final OtherSessions otherSessions;
    private final TextField name = new TextField();
    private final NewPassword password = PasswordFields.newPassword("password-change-new", "password-change-confirm")
            .widthFull();

    public PasswordChangeRequiredView(OneTimeCodes oneTimeCodes, AccountService accounts,
            AuthenticationContext authentication, OtherSessions otherSessions) {
        this.oneTimeCodes = oneTimeCodes;
        this.otherSessions = otherSessions;
        this.accounts = accounts;
        addClassName("portal-public-page");
        setId("password-change");
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("portal-app-name");
        name.setLabel(getTranslation("invitation.name"));
        name.setId("password-change-name");
        name.setRequired(true);
        name.setMaxLength(120);
        name.setWidthFull();
        Button save = new Button(getTranslation("password-change.save"), e -> save());
        save.setId("password-change-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Paragraph text = new Paragraph(getTranslation("password-change.text"));
        text.setId("password-change-text");
        Button signOut = new Button(getTranslation("shell.sign-out"), e -> authentication.logout());
        signOut.setId("password-change-sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        add(appName, new H2(getTranslation("password-change.title")), text, name, password.password(), password.confirm(),
                new HorizontalLayout(save, signOut));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!oneTimeCodes.isChangeRequired()) {
            event.forwardTo("");
            return;
        }
        AccountView me = accounts.me();
        // an account created for an invitation is named after its email until the person says otherwise
        if (name.isEmpty() && !me.displayName().equals(me.email())) {
            name.setValue(me.displayName());
        }
    }

    private void save() {
        name.setInvalid(false);
        if (!password.matches()) {
            return;
        }
        try {
            AccountView me = oneTimeCodes.replace(name.getValue(), password.value());
            otherSessions.endAllBut(me.id(), UI.getCurrent().getSession().getSession().getId());
        } catch (PortalException failure) {
            if (failure.messageKey().startsWith("error.profile.name")) {
                name.setErrorMessage(UserMessages.of(failure));
                name.setInvalid(true);
            } else {
                password.refuse(UserMessages.of(failure));
            }
            return;
        }
        Notifications.success(getTranslation("password-change.done"));
        Location destination = PasswordChangeGuard.takeDestination(UI.getCurrent().getSession());
        UI.getCurrent().navigate(destination.getPath(), destination.getQueryParameters());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password-change.title");
    }
}
