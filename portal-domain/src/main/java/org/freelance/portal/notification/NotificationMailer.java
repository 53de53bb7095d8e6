package org.freelance.portal.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.freelance.portal.base.MailGateway;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.identity.AccountService;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the copy of a stored notification (key {@code <messageKey>} in the mail bundle, when it has
 * one and SMTP is configured) on a thread of its own, so nobody's click waits on the SMTP server. A
 * refused mail throws: its publication stays incomplete and is resubmitted later; a notification
 * already mailed is not mailed again.
 */
@Component
class NotificationMailer {

    private final NotificationRepository notifications;
    private final AccountService accounts;
    private final MailGateway mail;
    private final NotificationLinks links;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    NotificationMailer(NotificationRepository notifications, AccountService accounts, MailGateway mail,
            NotificationLinks links, PlatformTransactionManager transactions, Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.mail = mail;
        this.links = links;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void on(NotificationStored stored) {
        if (!mail.isConfigured()) {
            return;
        }
        TenantScope.run(stored.community(), () -> letter(stored).ifPresent(letter -> {
            mail.deliver(letter.to(), letter.key(), letter.language(), letter.arguments());
            ownTransaction.executeWithoutResult(status -> notifications.findById(stored.notificationId())
                    .ifPresent(n -> n.markMailed(clock.instant())));
        }));
    }

    private Optional<Letter> letter(NotificationStored stored) {
        return ownTransaction.execute(status -> notifications.findById(stored.notificationId())
                .filter(n -> n.getMailedAt() == null && mail.hasTemplate(n.getMessageKey()))
                .flatMap(n -> accounts.find(n.getUserId()).map(account -> {
                    List<Object> arguments = new ArrayList<>();
                    arguments.add(account.displayName());
                    arguments.addAll(n.getArguments());
                    arguments.add(links.urlOf(stored.community(), n.getTarget()));
                    return new Letter(account.email(), n.getMessageKey(),
                            Locale.of(account.language() == null ? "fr" : account.language()), arguments.toArray());
                })));
    }

    private record Letter(String to, String key, Locale language, Object[] arguments) {
    }
}
