package org.freelance.portal.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.freelance.portal.base.ui.PasswordFields;
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
        PasswordField password = PasswordFields.translated(new PasswordField(getTranslation("profile.password.new")));
        password.setWidthFull();
        password.setId("reset-password");
        password.setHelperText(getTranslation("profile.password.rule"));
        PasswordField confirm = PasswordFields.translated(new PasswordField(getTranslation("profile.password.confirm")));
        confirm.setWidthFull();
        confirm.setId("reset-password-confirm");
        Button save = new Button(getTranslation("reset.save"), e -> {
            password.setInvalid(false);
            confirm.setInvalid(false);
            if (!password.getValue().equals(confirm.getValue())) {
                confirm.setErrorMessage(getTranslation("error.password.mismatch"));
                confirm.setInvalid(true);
                return;
            }
            try {
                accounts.resetPassword(token, password.getValue());
                UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("reset", "done")));
            } catch (PortalException failure) {
                password.setErrorMessage(UserMessages.of(failure));
                password.setInvalid(true);
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(password, confirm, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
