package org.freelance.portal.base;

/**
 * The signed-in person may not do this here: not a member of the current community, or lacking the
 * role. The message deliberately does not say whether the thing exists.
 */
public class AccessDeniedException extends PortalException {

    public AccessDeniedException() {
        super("error.access-denied");
    }
}
