package org.freelance.portal.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import org.freelance.portal.base.ui.PortalI18NProvider;
import org.freelance.portal.base.ui.PortalUiInitListener;

/** "Français · English" on public pages; the choice holds for the browser session. */
final class LanguageLinks extends HorizontalLayout {

    LanguageLinks() {
        setId("language-links");
        for (Locale locale : PortalI18NProvider.LOCALES) {
            Button button = new Button(getTranslation("language." + locale.getLanguage()), e -> {
                UI ui = UI.getCurrent();
                ui.getSession().setAttribute(PortalUiInitListener.CHOSEN_LOCALE, locale);
                ui.setLocale(locale);
                ui.getPage().reload();
            });
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.SMALL);
            button.setEnabled(!locale.getLanguage().equals(UI.getCurrent().getLocale().getLanguage()));
            add(button);
        }
    }
}
