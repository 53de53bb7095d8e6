package org.freelance.portal.base;

/** Nothing with this identifier exists in the current community (or it is not visible from it). */
public class NotFoundException extends PortalException {

    public NotFoundException() {
        super("error.not-found");
    }
}
