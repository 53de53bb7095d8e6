package org.freelance.portal.notification;

import java.time.Instant;
import java.util.List;

/** A notification as screens show it (translated by the UI from its key and arguments). */
public record NotificationView(Long id, String messageKey, List<String> arguments, String link, Instant createdAt,
        boolean read) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getMessageKey(), n.getArguments(), n.getLink(), n.getCreatedAt(),
                n.getReadAt() != null);
    }
}
