package org.freelance.portal.identity.security;

import java.io.Serial;
import org.freelance.portal.identity.PortalPrincipal;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in through an OIDC provider, bound to their portal account. */
public final class PortalOidcUser extends DefaultOidcUser implements PortalPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long userId;
    private final String email;

    PortalOidcUser(OidcUser user, Long userId, String email, boolean operator) {
        super(PortalUser.authorities(operator), user.getIdToken(), user.getUserInfo());
        this.userId = userId;
        this.email = email;
    }

    @Override
    public Long userId() {
        return userId;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalOidcUser o && o.userId.equals(userId) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }
}
