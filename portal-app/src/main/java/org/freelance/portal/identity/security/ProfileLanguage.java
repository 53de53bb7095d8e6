package org.freelance.portal.identity.security;

import java.util.Optional;
import org.freelance.portal.base.ui.PreferredLanguage;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** The language remembered in the signed-in person's profile. */
@Component
class ProfileLanguage implements PreferredLanguage {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    ProfileLanguage(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public Optional<String> ofSignedInUser() {
        return currentUser.id().flatMap(accounts::find).map(AccountView::language);
    }
}
