package org.freelance.portal.identity;

import java.security.SecureRandom;

import org.freelance.portal.base.AccessDeniedException;
import org.freelance.portal.base.PortalException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts an operator creates when no mail can reach the person: the operator is shown a one-time
 * code once, hands it over by another channel, and the person must replace it at the first sign-in.
 * Only the code's hash is stored, as for any password.
 */
@Service
@Transactional
public class OneTimeCodes {

    /** No 0/O, 1/I/L: the code is read aloud or copied by hand. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    OneTimeCodes(UserAccountRepository accounts, AccountService accountService, PasswordEncoder passwordEncoder,
            CurrentUser currentUser) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /**
     * Gives an account without credentials a one-time code as its password and returns the code (the
     * only copy). Operator only ({@link AccessDeniedException}); an account that can already sign in
     * is refused with {@code error.invitation.account-exists}.
     */
    public String issue(Long userId) {
        accountService.requireOperator();
        if (accountService.hasCredentials(userId)) {
            throw new PortalException("error.invitation.account-exists");
        }
        UserAccount account = accounts.findById(userId).orElseThrow(AccessDeniedException::new);
        String code = newCode();
        account.setPasswordHash(passwordEncoder.encode(code));
        account.setPasswordChangeRequired(true);
        return code;
    }

    /** Whether the signed-in person still signs in with a one-time code (false when anonymous). */
    @Transactional(readOnly = true)
    public boolean isChangeRequired() {
        return currentUser.id().flatMap(accounts::findById).map(UserAccount::isPasswordChangeRequired).orElse(false);
    }

    /**
     * Replaces the signed-in person's one-time code by a password of their own and sets their name.
     * Refuses a blank or too long name, a password against the policy, and the code itself
     * ({@code error.password.same-as-code}); {@link AccessDeniedException} when there is no code to replace.
     */
    public AccountView replace(String displayName, String newPassword) {
        UserAccount account = accounts.findById(currentUser.requireId()).orElseThrow(AccessDeniedException::new);
        if (!account.isPasswordChangeRequired()) {
            throw new AccessDeniedException();
        }
        String name = AccountService.validName(displayName);
        PasswordPolicy.check(newPassword);
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new PortalException("error.password.same-as-code");
        }
        account.setDisplayName(name);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setPasswordChangeRequired(false);
        return AccountView.of(account);
    }

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }
}
