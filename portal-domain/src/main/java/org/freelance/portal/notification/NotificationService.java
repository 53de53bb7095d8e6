package org.freelance.portal.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's notifications in the current community: reading them and marking them read. They are
 * written by this feature's listeners after the commit of what they tell about (see
 * {@link NotificationRecorder}), never by other features directly.
 */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;
    private final TenantAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, TenantAccess access, CurrentUser currentUser,
            Clock clock) {
        this.notifications = notifications;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
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
