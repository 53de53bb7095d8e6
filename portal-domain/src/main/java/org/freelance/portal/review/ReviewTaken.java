package org.freelance.portal.review;

/** An expert took a shared review request (the first time only). */
public record ReviewTaken(String community, Long requestId, String title, String expertName, Long requesterId) {
}
