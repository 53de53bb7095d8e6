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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues and mails password reset links on a thread of its own, so that asking for one answers in
 * the same time whether the account exists or not; the mail goes after the link's row is committed. At most {@value #PER_ACCOUNT} links per account are
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
    private final TransactionTemplate ownTransaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AddressWindow perAddress;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "password-reset-mailer");
                thread.setDaemon(true);
                return thread;
            }, (runnable, executor) -> log.warn("Password reset request dropped: {} already waiting", QUEUE));

    ResetLinkMailer(UserAccountRepository accounts, PasswordResetTokenRepository resetTokens, MailGateway mail,
            PortalProperties properties, PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.resetTokens = resetTokens;
        this.mail = mail;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        // after commit the finished transaction's resources are still bound: joining them would never commit
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
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
        transactions.executeWithoutResult(status -> {
            Optional<UserAccount> account = accounts.findByEmail(email);
            if (account.isEmpty() || resetTokens.countByUser_IdAndExpiresAtAfter(account.get().getId(),
                    clock.instant()) >= PER_ACCOUNT) {
                return;
            }
            // this token is never sent: the mail, after commit, carries one of its own (see on(ResetLinkIssued))
            PasswordResetToken reset = resetTokens.save(new PasswordResetToken(account.get(),
                    Tokens.hash(Tokens.newToken()), clock.instant().plus(AccountService.RESET_VALIDITY)));
            events.publishEvent(new ResetLinkIssued(reset.getId(), locale == null ? "fr" : locale.toLanguageTag()));
        });
    }

    /**
     * Mails the link once its row is committed, on the same thread (requests stay in order). The
     * token is minted here and kept only as its hash, so the event publication registry never holds a
     * usable link; a refused mail is thrown, and the retry mints a new one. A link used or expired in
     * the meantime is not mailed.
     */
    @TransactionalEventListener
    void on(ResetLinkIssued issued) {
        record Letter(String to, Locale language, String name, String token) {
        }
        Optional<Letter> letter = ownTransaction.execute(status -> resetTokens.findById(issued.resetTokenId())
                .filter(reset -> reset.isUsable(clock.instant())).map(reset -> {
                    String token = Tokens.newToken();
                    reset.rekey(Tokens.hash(token));
                    UserAccount person = reset.getUser();
                    Locale language = person.getLanguage() != null ? Locale.of(person.getLanguage())
                            : Locale.forLanguageTag(issued.language());
                    return new Letter(person.getEmail(), language, person.getDisplayName(), token);
                }));
        letter.ifPresent(l -> mail.deliver(l.to(), "password-reset", l.language(), l.name(),
                properties.link("/password-reset/" + l.token())));
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
