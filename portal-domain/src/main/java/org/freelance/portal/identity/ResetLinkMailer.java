package org.freelance.portal.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.freelance.portal.base.AddressWindow;
import org.freelance.portal.base.MailGateway;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.PortalProperties;
import org.freelance.portal.base.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues and mails password reset links on a thread of its own, so that asking for one answers in
 * the same time whether the account exists or not. At most {@value #PER_ACCOUNT} links per account are
 * valid at once (one hour): further requests send nothing; one client address may ask
 * {@value #PER_ADDRESS} times an hour. The queue is bounded: past
 * {@value #QUEUE} pending requests, new ones are dropped (and logged).
 */
@Component
class ResetLinkMailer implements DisposableBean {

    static final int PER_ACCOUNT = 3;
    static final int PER_ADDRESS = 5;
    static final int QUEUE = 1000;
    private static final Logger log = LoggerFactory.getLogger(ResetLinkMailer.class);

    private final UserAccountRepository accounts;
    private final PasswordResetTokenRepository resetTokens;
    private final MailGateway mail;
    private final PortalProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AddressWindow perAddress;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "password-reset-mailer");
                thread.setDaemon(true);
                return thread;
            }, (runnable, executor) -> log.warn("Password reset request dropped: {} already waiting", QUEUE));

    ResetLinkMailer(UserAccountRepository accounts, PasswordResetTokenRepository resetTokens, MailGateway mail,
            PortalProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.accounts = accounts;
        this.resetTokens = resetTokens;
        this.mail = mail;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.perAddress = new AddressWindow(PER_ADDRESS, Duration.ofHours(1), clock);
    }

    /**
     * Queues the request and returns at once; {@code error.reset.too-many} when this client address
     * has asked {@value #PER_ADDRESS} times within the hour (whatever the accounts).
     */
    void request(String email, Locale locale, String clientAddress) {
        if (clientAddress != null && !perAddress.tryRecord(clientAddress)) {
            throw new PortalException("error.reset.too-many");
        }
        String normalised = UserAccount.normaliseEmail(email);
        worker.execute(() -> {
            try {
                issue(normalised, locale);
            } catch (RuntimeException e) {
                log.warn("Password reset link for a request could not be issued: {}", e.toString());
            }
        });
    }

    private void issue(String email, Locale locale) {
        record Link(String to, Locale language, String name, String token) {
        }
        Optional<Link> link = transactions.execute(status -> {
            Optional<UserAccount> account = accounts.findByEmail(email);
            if (account.isEmpty() || resetTokens.countByUser_IdAndExpiresAtAfter(account.get().getId(),
                    clock.instant()) >= PER_ACCOUNT) {
                return Optional.<Link>empty();
            }
            String token = Tokens.newToken();
            resetTokens.save(new PasswordResetToken(account.get(), Tokens.hash(token),
                    clock.instant().plus(AccountService.RESET_VALIDITY)));
            UserAccount person = account.get();
            Locale language = person.getLanguage() != null ? Locale.of(person.getLanguage()) : locale;
            return Optional.of(new Link(person.getEmail(), language, person.getDisplayName(), token));
        });
        // mailed after the commit: the link works by the time it arrives
        link.ifPresent(l -> mail.send(l.to(), "password-reset", l.language(), l.name(),
                properties.link("/password-reset/" + l.token())));
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
