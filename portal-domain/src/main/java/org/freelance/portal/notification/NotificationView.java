package org.freelance.portal.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification as screens show it (translated by the UI from its key and arguments).
 *
 * @param target what it is about, null when about nothing in particular
 */
public record NotificationView(Long id, String messageKey, List<String> arguments, NotificationTarget target,
        Instant createdAt, boolean read) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getMessageKey(), n.getArguments(), n.getTarget(), n.getCreatedAt(),
                n.getReadAt() != null);
    }
}
