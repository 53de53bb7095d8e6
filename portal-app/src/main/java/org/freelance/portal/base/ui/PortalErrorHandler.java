package org.freelance.portal.base.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/**
 * Session-wide handler for failures inside event listeners (a click, a value change): the user gets
 * a translated notification, the log gets the stack trace and its correlation id.
 */
public class PortalErrorHandler implements ErrorHandler {

    @Override
    public void error(ErrorEvent event) {
        String message = UserMessages.of(event.getThrowable());
        if (com.vaadin.flow.component.UI.getCurrent() != null) {
            Notifications.error(message);
        }
    }
}
