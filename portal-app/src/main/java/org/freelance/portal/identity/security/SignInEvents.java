package org.freelance.portal.identity.security;

import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.PortalPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds sign-in outcomes to the account (throttling after repeated failures, and the audit log) and
 * to the client address's failure window.
 */
@Component
class SignInEvents {

    private final AccountService accounts;
    private final SignInAddressThrottle addresses;

    SignInEvents(AccountService accounts, SignInAddressThrottle addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalPrincipal principal) {
            String method = principal instanceof OidcUser ? "oidc" : "password";
            accounts.recordSuccessfulSignIn(principal.userId(), method);
        }
    }

    /** Every failed local sign-in (wrong password, unknown email, locked account) counts for its address. */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt
                && attempt.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            addresses.recordFailure(details.getRemoteAddress());
        }
        if (event instanceof AuthenticationFailureBadCredentialsEvent
                && event.getAuthentication().getPrincipal() instanceof String email && !email.isBlank()) {
            accounts.recordFailedSignIn(email);
        }
    }
}
