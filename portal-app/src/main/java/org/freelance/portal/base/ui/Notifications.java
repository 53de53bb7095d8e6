package org.freelance.portal.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The portal's three kinds of toast. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        return show(text, NotificationVariant.SUCCESS, 4000);
    }

    public static Notification error(String text) {
        return show(text, NotificationVariant.ERROR, 8000);
    }

    public static Notification info(String text) {
        return show(text, NotificationVariant.INFO, 5000);
    }

    private static Notification show(String text, NotificationVariant variant, int millis) {
        Notification notification = new Notification(text, millis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
        return notification;
    }
}
