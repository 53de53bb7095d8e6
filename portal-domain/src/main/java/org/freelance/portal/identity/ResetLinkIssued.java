package org.freelance.portal.identity;

/**
 * A password reset link was granted and its mail goes after commit. The event carries no token: the
 * publication registry keeps events in the database, where no usable link may be stored.
 *
 * @param language the language the request was made in (the account's own wins when it has one)
 */
record ResetLinkIssued(Long resetTokenId, String language) {
}
