package org.freelance.portal.identity;

import java.time.Instant;

/** A read-only picture of an account for screens. */
public record AccountView(Long id, String email, String displayName, String language, boolean operator,
        boolean hasPassword, Instant lastSignInAt) {

    static AccountView of(UserAccount account) {
        return new AccountView(account.getId(), account.getEmail(), account.getDisplayName(), account.getLanguage(),
                account.isOperator(), account.hasPassword(), account.getLastSignInAt());
    }
}
