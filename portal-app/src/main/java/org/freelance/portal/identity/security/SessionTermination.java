package org.freelance.portal.identity.security;

import org.freelance.portal.identity.PasswordChanged;
import org.freelance.portal.identity.PortalPrincipal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Knows every signed-in session (Spring Security's registry, fed at each sign-in and emptied as
 * sessions end) and ends all of a person's sessions once their password has been reset: the next
 * request of each, Vaadin's included, finds it expired and goes back to the sign-in page.
 */
@Configuration
class SessionTermination {

    private final SessionRegistry sessions = new SessionRegistryImpl();

    @Bean
    SessionRegistry sessionRegistry() {
        return sessions;
    }

    /** Tells the registry when the servlet container destroys a session, so it never grows without bound. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onPasswordChanged(PasswordChanged event) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof PortalPrincipal person && event.userId().equals(person.userId())) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
