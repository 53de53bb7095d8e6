package org.freelance.portal.tenant;

/** An account the operator created for an invitee, with its one-time code: shown once, never stored in clear. */
public record InviteeAccount(String email, String oneTimeCode) {
}
