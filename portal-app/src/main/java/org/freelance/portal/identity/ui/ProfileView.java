package org.freelance.portal.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import org.freelance.portal.base.ui.PasswordFields;
import org.freelance.portal.base.ui.PasswordFields.NewPassword;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.PortalUiInitListener;
import org.freelance.portal.base.ui.SideMenuEntry;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.springframework.modulith.NamedInterface;

/** The signed-in person's profile: name, language, password. */
@NamedInterface("profile")
@Route("profile")
@SideMenuEntry(label = "nav.profile", icon = VaadinIcon.USER, order = 90)
@PermitAll
public class ProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final Select<String> language = new Select<>();
    private final VerticalLayout passwordSection = new VerticalLayout();

    public ProfileView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("portal-page");
        setId("profile");
        name.setLabel(getTranslation("profile.name"));
        name.setId("profile-name");
        name.setRequired(true);
        email.setLabel(getTranslation("profile.email"));
        email.setReadOnly(true);
        language.setLabel(getTranslation("profile.language"));
        language.setId("profile-language");
        language.setItems("fr", "en");
        language.setItemLabelGenerator(l -> l == null ? getTranslation("profile.language.browser")
                : getTranslation("language." + l));
        // no language in the profile means "follow the browser": a choice of its own, saved as such
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("profile.language.browser"));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(name, email, language);
        passwordSection.setPadding(false);
        add(new H2(getTranslation("profile.title")), form, save, passwordSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountView me = accounts.me();
        name.setValue(me.displayName());
        email.setValue(me.email());
        language.setValue(me.language());
        passwordSection.removeAll();
        if (me.hasPassword()) {
            passwordSection.add(passwordForm());
        }
    }

    private void save() {
        name.setInvalid(false);
        try {
            String before = getLocale().getLanguage();
            AccountView saved = accounts.updateProfile(name.getValue(), language.getValue());
            Notifications.success(getTranslation("profile.saved"));
            if (saved.language() != null && !saved.language().equals(before)) {
                Locale locale = Locale.of(saved.language());
                UI ui = UI.getCurrent();
                ui.getSession().setAttribute(PortalUiInitListener.CHOSEN_LOCALE, locale);
                ui.getPage().reload();
            }
        } catch (PortalException failure) {
            name.setErrorMessage(UserMessages.of(failure));
            name.setInvalid(true);
        }
    }

    private VerticalLayout passwordForm() {
        PasswordField current = PasswordFields.translated(new PasswordField(getTranslation("profile.password.current")));
        current.setId("password-current");
        NewPassword next = PasswordFields.newPassword("password-new", "password-confirm");
        Button change = new Button(getTranslation("profile.password.change"), e -> {
            current.setInvalid(false);
            if (!next.matches()) {
                return;
            }
            try {
                accounts.changePassword(current.getValue(), next.value());
                current.clear();
                next.clear();
                Notifications.success(getTranslation("profile.password.changed"));
            } catch (PortalException failure) {
                if ("error.password.wrong-current".equals(failure.messageKey())) {
                    current.setErrorMessage(UserMessages.of(failure));
                    current.setInvalid(true);
                } else {
                    next.refuse(UserMessages.of(failure));
                }
            }
        });
        change.setId("password-change");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("profile.password.title")),
                new FormLayout(current, next.password(), next.confirm()), change);
        section.setPadding(false);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
