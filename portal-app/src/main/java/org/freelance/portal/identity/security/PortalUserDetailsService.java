package org.freelance.portal.identity.security;

import org.freelance.portal.identity.AccountService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Local (email + password) accounts. */
@Component
class PortalUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    PortalUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findForSignIn(email).map(PortalUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
