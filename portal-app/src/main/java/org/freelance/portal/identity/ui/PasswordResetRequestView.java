package org.freelance.portal.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinRequest;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.identity.AccountService;

/** "Forgot your password?": mails a one-hour link, without saying whether the account exists. */
@Route(value = "password-reset", autoLayout = false)
@AnonymousAllowed
public class PasswordResetRequestView extends VerticalLayout implements HasDynamicTitle {

    public PasswordResetRequestView(AccountService accounts) {
        addClassName("portal-public-page");
        setId("password-reset-request");
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setId("reset-email");
        email.setRequired(true);
        email.setWidth("20rem");
        Paragraph outcome = new Paragraph();
        outcome.setId("reset-outcome");
        Button send = new Button(getTranslation("reset.request.send"), e -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setErrorMessage(getTranslation("error.email.invalid"));
                email.setInvalid(true);
                return;
            }
            VaadinRequest request = VaadinRequest.getCurrent();
            try {
                boolean mailed = accounts.requestPasswordReset(email.getValue(), UI.getCurrent().getLocale(),
                        request == null ? null : request.getRemoteAddr());
                outcome.setText(getTranslation(mailed ? "reset.request.sent" : "reset.request.no-mail"));
            } catch (PortalException refused) {
                outcome.setText(UserMessages.of(refused));
            }
        });
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("portal-app-name");
        add(appName, new H2(getTranslation("reset.request.title")), new Paragraph(getTranslation("reset.request.text")), email,
                send, outcome, new Anchor("login", getTranslation("reset.back-to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.request.title");
    }
}
