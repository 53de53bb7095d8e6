package org.freelance.portal.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.freelance.portal.base.ui.PasswordFields;
import org.freelance.portal.base.ui.PasswordFields.NewPassword;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.identity.AccountService;

/** Where a reset link lands: choose a new password. */
@Route(value = "password-reset/:token", autoLayout = false)
@AnonymousAllowed
public class PasswordResetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;

    public PasswordResetView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("portal-public-page");
        setId("password-reset");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("portal-app-name");
        add(appName);
        add(new H2(getTranslation("reset.title")));
        if (!accounts.isResetTokenValid(token)) {
            Paragraph invalid = new Paragraph(getTranslation("error.reset.invalid"));
            invalid.setId("reset-invalid");
            add(invalid, new Anchor("password-reset", getTranslation("reset.request.again")));
            return;
        }
        NewPassword password = PasswordFields.newPassword("reset-password", "reset-password-confirm").widthFull();
        Button save = new Button(getTranslation("reset.save"), e -> {
            if (!password.matches()) {
                return;
            }
            try {
                accounts.resetPassword(token, password.value());
                UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("reset", "done")));
            } catch (PortalException failure) {
                password.refuse(UserMessages.of(failure));
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(password.password(), password.confirm(), save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
