package org.freelance.portal.notification;

/**
 * The address a mailed notification carries. The web application knows its routes and implements
 * this; the domain never builds a route itself.
 */
public interface NotificationLinks {

    /** The absolute address of the target in this community; a null target leads to the community's home. */
    String urlOf(String community, NotificationTarget target);
}
