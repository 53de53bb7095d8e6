package org.freelance.portal.identity.security;

import org.freelance.portal.base.PortalException;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Binds an OIDC sign-in to a portal account: known (issuer, subject), else an invited or local
 * account with the same verified email, else a new profile without membership.
 */
class PortalOidcUserService extends OidcUserService {

    private final AccountService accounts;

    PortalOidcUserService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        String issuer = user.getIssuer() == null ? request.getClientRegistration().getRegistrationId()
                : user.getIssuer().toString();
        boolean verified = Boolean.TRUE.equals(user.getEmailVerified());
        String name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
        try {
            AccountView account = accounts.signInWithOidc(issuer, user.getSubject(), user.getEmail(), verified, name);
            return new PortalOidcUser(user, account.id(), account.email(), account.operator());
        } catch (PortalException e) {
            // the key travels to the login page, which shows it translated
            throw new OAuth2AuthenticationException(new OAuth2Error(e.messageKey()), e.messageKey(), e);
        }
    }
}
