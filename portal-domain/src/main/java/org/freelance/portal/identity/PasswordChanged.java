package org.freelance.portal.identity;

/** A person's password was set through a reset link: every session they had must end. */
public record PasswordChanged(Long userId) {
}
