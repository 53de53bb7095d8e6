package org.freelance.portal.base;

import java.util.Arrays;

/**
 * An error a user can cause. It carries a message-bundle key, never user-facing text, so the UI can
 * translate it; the arguments fill the key's placeholders.
 */
public class PortalException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public PortalException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
