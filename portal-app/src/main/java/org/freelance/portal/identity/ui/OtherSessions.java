package org.freelance.portal.identity.ui;

import org.freelance.portal.identity.PortalPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a person's other sign-ins, keeping the one in use: once a one-time code is replaced, whoever
 * else signed in with that code (the operator who saw it, say) is sent back to the sign-in page.
 */
@Component
class OtherSessions {

    private final SessionRegistry sessions;

    OtherSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /** Expires every registered session of this person except {@code keptSessionId}. */
    void endAllBut(Long userId, String keptSessionId) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof PortalPrincipal person && userId.equals(person.userId())) {
                sessions.getAllSessions(principal, false).stream()
                        .filter(s -> !s.getSessionId().equals(keptSessionId))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }
}
