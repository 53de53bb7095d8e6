package org.freelance.portal.identity.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinSession;
import org.freelance.portal.base.ui.NavigationGuard;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.identity.OneTimeCodes;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before every navigation: a person still signed in with a one-time code goes to
 * {@link PasswordChangeRequiredView} first, whatever page they asked for; that page is remembered and
 * opened once the code is replaced.
 */
@Component
@Order(0)
class PasswordChangeGuard implements NavigationGuard {

    private static final String DESTINATION = "portal.after-password-change";

    private final CurrentUser currentUser;
    private final OneTimeCodes oneTimeCodes;

    PasswordChangeGuard(CurrentUser currentUser, OneTimeCodes oneTimeCodes) {
        this.currentUser = currentUser;
        this.oneTimeCodes = oneTimeCodes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == PasswordChangeRequiredView.class || target == LoginView.class
                || HasErrorParameter.class.isAssignableFrom(target)
                || currentUser.id().isEmpty() || !oneTimeCodes.isChangeRequired()) {
            return;
        }
        event.getUI().getSession().setAttribute(DESTINATION, event.getLocation());
        event.forwardTo(PasswordChangeRequiredView.class);
    }

    /** Where the person was going before the code had to be replaced (the home page if nowhere); forgotten once read. */
    static Location takeDestination(VaadinSession session) {
        Object destination = session.getAttribute(DESTINATION);
        session.setAttribute(DESTINATION, null);
        return destination instanceof Location location ? location : new Location("");
    }
}
