package org.freelance.portal.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.freelance.portal.base.MailGateway;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalProperties;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifies members of the current community: a row they see in the portal and, when SMTP is
 * configured and a mail template exists for the key, the same message by mail.
 */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;
    private final TenantAccess access;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final MailGateway mail;
    private final PortalProperties properties;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, TenantAccess access, CurrentUser currentUser,
            AccountService accounts, MailGateway mail, PortalProperties properties, Clock clock) {
        this.notifications = notifications;
        this.access = access;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Called by other services inside their transaction. {@code link} is a portal path such as
     * {@code c/demo/reviews/12}; the mail (key {@code <messageKey>} in the mail bundle) gets the full URL.
     */
    public void notify(Long userId, String messageKey, List<String> arguments, String link) {
        notifications.save(new Notification(userId, messageKey, arguments, link, clock.instant()));
        accounts.find(userId).ifPresent(account -> mailCopy(account, messageKey, arguments, link));
    }

    private void mailCopy(AccountView account, String messageKey, List<String> arguments, String link) {
        if (!mail.isConfigured() || !mail.hasTemplate(messageKey)) {
            return;
        }
        Object[] args = new Object[arguments.size() + 2];
        args[0] = account.displayName();
        for (int i = 0; i < arguments.size(); i++) {
            args[i + 1] = arguments.get(i);
        }
        args[args.length - 1] = properties.link(link);
        mail.send(account.email(), messageKey, Locale.of(account.language() == null ? "fr" : account.language()), args);
    }

    /** The signed-in member's latest notifications in the current community, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> mine(int limit) {
        access.requireMember();
        return notifications.findAllByUserIdOrderByCreatedAtDescIdDesc(currentUser.requireId(),
                PageRequest.of(0, Math.max(1, Math.min(limit, 100)))).stream().map(NotificationView::of).toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        access.requireMember();
        return notifications.countByUserIdAndReadAtIsNull(currentUser.requireId());
    }

    /**
     * The signed-in person's unread notifications per community slug, for the communities they belong
     * to (others, e.g. left since, are dropped); nobody signed in gets an empty map.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> unreadPerCommunity(Set<String> myCommunities) {
        Map<String, Long> counts = new HashMap<>();
        currentUser.id().ifPresent(userId -> notifications.countUnreadPerTenant(userId).forEach(row -> {
            String slug = (String) row[0];
            if (myCommunities.contains(slug)) {
                counts.put(slug, ((Number) row[1]).longValue());
            }
        }));
        return counts;
    }

    /** Marks every notification of the signed-in member in the current community read; returns how many. */
    public int markAllRead() {
        access.requireMember();
        return notifications.markAllRead(currentUser.requireId(), clock.instant());
    }

    /** Marks one of the signed-in member's notifications read; someone else's is not found. */
    public void markRead(Long notificationId) {
        access.requireMember();
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.getUserId().equals(currentUser.requireId())).orElseThrow(NotFoundException::new);
        notification.markRead(clock.instant());
    }
}
