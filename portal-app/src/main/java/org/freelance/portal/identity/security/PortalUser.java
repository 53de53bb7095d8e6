package org.freelance.portal.identity.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.freelance.portal.identity.PortalPrincipal;
import org.freelance.portal.identity.SignInAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person signed in with email and password. Community roles are not authorities: they depend on the community. */
public final class PortalUser implements UserDetails, CredentialsContainer, PortalPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long userId;
    private final String email;
    private final String displayName;
    private final boolean operator;
    private final boolean locked;
    private String passwordHash;

    PortalUser(SignInAccount account) {
        this.userId = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.operator = account.operator();
        this.locked = account.locked();
        // an account without a password (invited, or OIDC only) must never match any password
        this.passwordHash = account.passwordHash() == null ? "{noop}" + java.util.UUID.randomUUID() + "\u0000"
                : account.passwordHash();
    }

    static List<GrantedAuthority> authorities(boolean operator) {
        return operator
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_OPERATOR"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public Long userId() {
        return userId;
    }

    @Override
    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(operator);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
