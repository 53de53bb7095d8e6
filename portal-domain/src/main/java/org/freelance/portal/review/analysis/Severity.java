package org.freelance.portal.review.analysis;

/** How bad a finding is, worst first (the natural order sorts a negotiation list). */
public enum Severity {
    /** Do not sign as is. */
    BLOCKING,
    /** Negotiate before signing. */
    MAJOR,
    /** Worth raising. */
    MINOR,
    /** Good to know. */
    INFO
}
