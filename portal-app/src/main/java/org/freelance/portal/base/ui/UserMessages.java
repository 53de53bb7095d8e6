package org.freelance.portal.base.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.UUID;
import org.freelance.portal.base.PortalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns any failure into something a user may read: a keyed {@link PortalException} becomes its
 * translated message; anything else is logged with a short correlation id and the user sees only
 * a translated apology carrying that id, never a stack trace.
 */
public final class UserMessages {

    private static final Logger log = LoggerFactory.getLogger(UserMessages.class);

    private UserMessages() {
    }

    public static String of(Throwable failure) {
        PortalException known = findPortalException(failure);
        if (known != null) {
            return translate(known.messageKey(), known.arguments());
        }
        String correlationId = newCorrelationId();
        log.error("Unexpected error [correlation id {}]", correlationId, failure);
        return translate("error.unexpected", correlationId);
    }

    public static String newCorrelationId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static PortalException findPortalException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PortalException p) {
                return p;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String translate(String key, Object... args) {
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale() : PortalI18NProvider.FRENCH;
        return new PortalI18NProvider().getTranslation(key, locale, args);
    }
}
