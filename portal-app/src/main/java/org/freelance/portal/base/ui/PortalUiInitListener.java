package org.freelance.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Wires every Vaadin session and UI: the error handler, the language (profile first, then a choice
 * made before signing in, then the browser's) and the navigation guards contributed by features.
 */
@Component
public class PortalUiInitListener implements VaadinServiceInitListener {

    /** Session attribute holding a language picked on a public page (before signing in). */
    public static final String CHOSEN_LOCALE = "portal.locale";

    private final ObjectProvider<NavigationGuard> guards;
    private final ObjectProvider<PreferredLanguage> preferredLanguage;

    public PortalUiInitListener(ObjectProvider<NavigationGuard> guards,
            ObjectProvider<PreferredLanguage> preferredLanguage) {
        this.guards = guards;
        this.preferredLanguage = preferredLanguage;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new PortalErrorHandler()));
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            ui.setLocale(localeFor(ui));
            List<NavigationGuard> all = guards.orderedStream().toList();
            for (NavigationGuard guard : all) {
                ui.addBeforeEnterListener((BeforeEnterListener) guard::beforeEnter);
            }
        });
    }

    private Locale localeFor(UI ui) {
        PreferredLanguage preferred = preferredLanguage.getIfAvailable();
        Optional<String> profile = preferred == null ? Optional.empty() : preferred.ofSignedInUser();
        if (profile.isPresent()) {
            return PortalI18NProvider.supported(Locale.forLanguageTag(profile.get()));
        }
        VaadinSession session = ui.getSession();
        Object chosen = session == null ? null : session.getAttribute(CHOSEN_LOCALE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return PortalI18NProvider.supported(ui.getLocale());
    }
}
