package org.freelance.portal.identity.security;

import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.PortalPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Feeds sign-in outcomes to the account: throttling after repeated failures, and the audit log. */
@Component
class SignInEvents {

    private final AccountService accounts;

    SignInEvents(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalPrincipal principal) {
            String method = principal instanceof OidcUser ? "oidc" : "password";
            accounts.recordSuccessfulSignIn(principal.userId(), method);
        }
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name instanceof String email && !email.isBlank()) {
            accounts.recordFailedSignIn(email);
        }
    }
}
