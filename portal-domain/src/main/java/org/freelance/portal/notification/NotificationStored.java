package org.freelance.portal.notification;

/**
 * A notification row was committed; its mail copy is sent by its own listener, so that an SMTP
 * failure leaves only this publication incomplete (and retried), never the stored notifications.
 */
record NotificationStored(String community, Long notificationId) {
}
