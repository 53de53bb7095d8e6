package org.freelance.portal.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.freelance.portal.base.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the notifications an event calls for. The listeners call it after the commit of the
 * operation they tell about, often on a thread that shows another community (or none): the event's
 * community is bound before the transaction opens, so the rows land in that community only.
 */
@Component
class NotificationRecorder {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    NotificationRecorder(NotificationRepository notifications, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        // after commit the finished transaction's resources are still bound: joining them would never commit
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * One notification per recipient (each once), and for each a {@link NotificationStored} whose
     * mail copy follows after this commit.
     */
    void record(String community, Collection<Long> recipients, String messageKey, List<String> arguments,
            NotificationTarget target) {
        if (recipients.isEmpty()) {
            return;
        }
        TenantScope.run(community, () -> ownTransaction.executeWithoutResult(status -> {
            for (Long recipient : new LinkedHashSet<>(recipients)) {
                Notification saved = notifications.save(new Notification(recipient, messageKey, arguments, target,
                        clock.instant()));
                events.publishEvent(new NotificationStored(community, saved.getId()));
            }
        }));
    }
}
