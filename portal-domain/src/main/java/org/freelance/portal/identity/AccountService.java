package org.freelance.portal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.freelance.portal.base.AccessDeniedException;
import org.freelance.portal.base.MailGateway;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.Tokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and how people prove who they are: local passwords (throttled after repeated failures),
 * OIDC identities, profile and language, password reset by mail.
 */
@Service
@Transactional
public class AccountService {

    static final int MAX_FAILED_SIGN_INS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    private static final Set<String> LANGUAGES = Set.of("fr", "en");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final UserAccountRepository accounts;
    private final OidcIdentityRepository identities;
    private final PasswordResetTokenRepository resetTokens;
    private final ResetLinkMailer resetLinks;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final MailGateway mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AccountService(UserAccountRepository accounts, OidcIdentityRepository identities,
            PasswordResetTokenRepository resetTokens, ResetLinkMailer resetLinks, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, MailGateway mail, ApplicationEventPublisher events,
            Clock clock) {
        this.resetLinks = resetLinks;
        this.accounts = accounts;
        this.identities = identities;
        this.resetTokens = resetTokens;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Throws {@code error.email.invalid} for anything that does not look like an email address. */
    public static String validEmail(String email) {
        String normalised = UserAccount.normaliseEmail(email);
        if (normalised == null || normalised.length() > 254 || !EMAIL.matcher(normalised).matches()) {
            throw new PortalException("error.email.invalid");
        }
        return normalised;
    }

    // --- sign-in ---------------------------------------------------------------------------

    /** The account behind a sign-in email, if any; "locked" while throttled. */
    @Transactional(readOnly = true)
    public Optional<SignInAccount> findForSignIn(String email) {
        Instant now = clock.instant();
        return accounts.findByEmail(UserAccount.normaliseEmail(email)).map(account -> new SignInAccount(
                account.getId(), account.getEmail(), account.getDisplayName(), account.getPasswordHash(),
                account.isOperator(), account.getLockedUntil() != null && now.isBefore(account.getLockedUntil()),
                account.getLanguage()));
    }

    /**
     * Counts a failed password; the fifth in a row locks the account for fifteen minutes. Unknown
     * emails are ignored. Safe under parallel attempts: the count is an increment in the database.
     */
    public void recordFailedSignIn(String email) {
        String normalised = UserAccount.normaliseEmail(email);
        if (accounts.countFailedSignIn(normalised) > 0) {
            accounts.lockAfterFailures(normalised, MAX_FAILED_SIGN_INS, clock.instant().plus(LOCK_DURATION));
        }
    }

    /** Resets the failure count, stamps the sign-in and announces it (the audit log listens). */
    public void recordSuccessfulSignIn(Long userId, String method) {
        UserAccount account = accounts.findById(userId).orElseThrow(AccessDeniedException::new);
        String email = account.getEmail();
        String name = account.getDisplayName();
        accounts.recordSignIn(userId, clock.instant());
        events.publishEvent(new UserSignedIn(userId, email, name, method));
    }

    /**
     * Finds or creates the account for an OIDC sign-in: a known (issuer, subject) first; then an
     * existing account (invited or local) with the same verified email, which gets linked; otherwise
     * a new profile with no membership. An unverified email that belongs to another account is refused
     * ({@code error.oidc.email-unverified}); a provider that gives no email is refused too.
     */
    public AccountView signInWithOidc(String issuer, String subject, String email, boolean emailVerified,
            String name) {
        Optional<OidcIdentity> known = identities.findByIssuerAndSubject(issuer, subject);
        if (known.isPresent()) {
            return AccountView.of(known.get().getUser());
        }
        if (email == null || email.isBlank()) {
            throw new PortalException("error.oidc.no-email");
        }
        String normalised = UserAccount.normaliseEmail(email);
        Optional<UserAccount> byEmail = accounts.findByEmail(normalised);
        UserAccount account;
        if (byEmail.isPresent()) {
            if (!emailVerified) {
                throw new PortalException("error.oidc.email-unverified");
            }
            account = byEmail.get();
            if (account.getDisplayName().equals(account.getEmail()) && name != null && !name.isBlank()) {
                account.setDisplayName(name.strip());
            }
        } else {
            account = accounts.save(new UserAccount(normalised, name, clock.instant()));
        }
        identities.save(new OidcIdentity(account, issuer, subject, clock.instant()));
        return AccountView.of(account);
    }

    // --- accounts for other features ---------------------------------------------------------

    /** The account with this email, created without credentials if it does not exist yet. */
    public AccountView ensureAccount(String email) {
        String normalised = validEmail(email);
        return AccountView.of(accounts.findByEmail(normalised)
                .orElseGet(() -> accounts.save(new UserAccount(normalised, null, clock.instant()))));
    }

    /**
     * A local account with a password (operator tooling, seeding). Only an operator may create one,
     * except the very first operator account of an empty platform. Fails if the email is taken.
     */
    public AccountView createLocalAccount(String email, String displayName, String password, boolean operator) {
        boolean bootstrap = operator && !accounts.existsByOperatorTrue();
        if (!bootstrap && !isOperator()) {
            throw new AccessDeniedException();
        }
        String normalised = validEmail(email);
        PasswordPolicy.check(password);
        if (accounts.findByEmail(normalised).isPresent()) {
            throw new PortalException("error.email.taken");
        }
        UserAccount account = new UserAccount(normalised, displayName, clock.instant());
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setOperator(operator);
        return AccountView.of(accounts.save(account));
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(Long userId) {
        return accounts.findById(userId).map(AccountView::of);
    }

    /** Whether the person can already sign in (a password or a linked OIDC identity). */
    @Transactional(readOnly = true)
    public boolean hasCredentials(Long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(AccessDeniedException::new);
        return account.hasPassword() || identities.existsByUserId(userId);
    }

    /**
     * Sets the name and first password of an invited account; refuses if it already has credentials
     * ({@code error.invitation.account-exists}), a blank or too long name, or a weak password.
     */
    public void setInitialPassword(Long userId, String displayName, String password) {
        String name = validName(displayName);
        PasswordPolicy.check(password);
        if (hasCredentials(userId)) {
            throw new PortalException("error.invitation.account-exists");
        }
        UserAccount account = accounts.findById(userId).orElseThrow(AccessDeniedException::new);
        account.setDisplayName(name);
        account.setPasswordHash(passwordEncoder.encode(password));
    }

    /** A person's name, stripped: {@code error.profile.name-required} when blank, {@code name-too-long} past 120. */
    static String validName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new PortalException("error.profile.name-required");
        }
        if (displayName.strip().length() > 120) {
            throw new PortalException("error.profile.name-too-long", 120);
        }
        return displayName.strip();
    }

    // --- the signed-in person ----------------------------------------------------------------

    @Transactional(readOnly = true)
    public AccountView me() {
        return accounts.findById(currentUser.requireId()).map(AccountView::of).orElseThrow(AccessDeniedException::new);
    }

    @Transactional(readOnly = true)
    public boolean isOperator() {
        return currentUser.id().flatMap(accounts::findById).map(UserAccount::isOperator).orElse(false);
    }

    /** Throws {@link AccessDeniedException} unless the signed-in person is a platform operator. */
    @Transactional(readOnly = true)
    public void requireOperator() {
        if (!isOperator()) {
            throw new AccessDeniedException();
        }
    }

    /** Updates name and language ("fr", "en", or null to follow the browser); a blank name is refused. */
    public AccountView updateProfile(String displayName, String language) {
        String name = validName(displayName);
        if (language != null && !LANGUAGES.contains(language)) {
            throw new PortalException("error.profile.language");
        }
        UserAccount account = accounts.findById(currentUser.requireId()).orElseThrow(AccessDeniedException::new);
        account.setDisplayName(name);
        account.setLanguage(language);
        return AccountView.of(account);
    }

    /** Remembers the language only; null follows the browser. */
    public void changeLanguage(String language) {
        if (language != null && !LANGUAGES.contains(language)) {
            throw new PortalException("error.profile.language");
        }
        accounts.findById(currentUser.requireId()).orElseThrow(AccessDeniedException::new).setLanguage(language);
    }

    /** Changes the password after checking the current one ({@code error.password.wrong-current}). */
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(currentUser.requireId()).orElseThrow(AccessDeniedException::new);
        if (account.hasPassword()
                && (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash()))) {
            throw new PortalException("error.password.wrong-current");
        }
        PasswordPolicy.check(newPassword);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setPasswordChangeRequired(false);
    }

    // --- password reset -----------------------------------------------------------------------

    /**
     * Mails a reset link valid one hour when the email belongs to an account, at most three links
     * an hour per account. Answers at once and the same way whether the account exists or not (the
     * link is issued and mailed on another thread); false only when no SMTP server is configured.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean requestPasswordReset(String email, Locale locale) {
        return requestPasswordReset(email, locale, null);
    }

    /**
     * The same, counted against the client's address too: {@code error.reset.too-many} after five
     * requests from one address within the hour.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean requestPasswordReset(String email, Locale locale, String clientAddress) {
        if (!mail.isConfigured()) {
            return false;
        }
        if (email != null && email.length() <= 254) {
            resetLinks.request(email, locale, clientAddress);
        }
        return true;
    }

    /** Whether the reset link is still usable (not used, not expired, not unknown). */
    @Transactional(readOnly = true)
    public boolean isResetTokenValid(String token) {
        return token != null && resetTokens.findByTokenHash(Tokens.hash(token))
                .map(t -> t.isUsable(clock.instant())).orElse(false);
    }

    /**
     * Sets a new password through a reset link; an unknown, used or expired link gives
     * {@code error.reset.invalid}. Every other link of the person is voided, and
     * {@link PasswordChanged} tells the web layer to end their sessions.
     */
    public void resetPassword(String token, String newPassword) {
        PasswordResetToken reset = token == null ? null
                : resetTokens.findByTokenHash(Tokens.hash(token)).orElse(null);
        if (reset == null || !reset.isUsable(clock.instant())) {
            throw new PortalException("error.reset.invalid");
        }
        PasswordPolicy.check(newPassword);
        reset.markUsed(clock.instant());
        UserAccount account = reset.getUser();
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setFailedSignIns(0);
        account.setLockedUntil(null);
        account.setPasswordChangeRequired(false);
        resetTokens.voidUnused(account.getId(), clock.instant());
        events.publishEvent(new PasswordChanged(account.getId()));
    }
}
