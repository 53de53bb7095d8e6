package org.freelance.portal.notification;

/**
 * What a notification is about, as a type and an id; only the web application turns it into a route
 * (its screens, and the address a mail carries through {@link NotificationLinks}).
 *
 * @param id the case, review request or article; none for {@link Type#CASE_QUEUE}
 */
public record NotificationTarget(Type type, Long id) {

    /** The same thing can be opened for different jobs: the article as published, moderated or edited. */
    public enum Type {
        /** A case as its participants see it. */
        CASE,
        /** The queue of submitted cases waiting for a lead (a case there is not open to its reader yet). */
        CASE_QUEUE,
        REVIEW_REQUEST,
        /** A published lesson learned. */
        ARTICLE,
        /** A lesson learned submitted to the admins for review. */
        ARTICLE_MODERATION,
        /** A lesson learned back with its author for changes. */
        ARTICLE_DRAFT
    }

    public NotificationTarget {
        if (type == null || (id == null) != (type == Type.CASE_QUEUE)) {
            throw new IllegalArgumentException("a " + type + " target needs " + (id == null ? "an id" : "no id"));
        }
    }

    public static NotificationTarget of(Type type, Long id) {
        return new NotificationTarget(type, id);
    }

    public static NotificationTarget caseQueue() {
        return new NotificationTarget(Type.CASE_QUEUE, null);
    }
}
