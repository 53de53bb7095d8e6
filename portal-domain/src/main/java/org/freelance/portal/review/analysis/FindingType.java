package org.freelance.portal.review.analysis;

/**
 * The unbalanced points the rules detect, each with the clause category it belongs to and its
 * severity. Explanations and balanced rewrites (French and English) are in
 * {@code review/findings*.properties} under {@code <NAME>.explanation} and {@code <NAME>.rewrite}.
 */
public enum FindingType {
    NON_COMPETE_TOO_LONG(ClauseCategory.NON_COMPETE, Severity.MAJOR),
    NON_COMPETE_TOO_WIDE(ClauseCategory.NON_COMPETE, Severity.BLOCKING),
    NON_COMPETE_NO_COMPENSATION(ClauseCategory.NON_COMPETE, Severity.MAJOR),
    NON_COMPETE_GROUP_WIDE(ClauseCategory.NON_COMPETE, Severity.MAJOR),
    CONFIDENTIALITY_ONE_SIDED(ClauseCategory.CONFIDENTIALITY, Severity.MAJOR),
    NO_MEDIATION(ClauseCategory.MEDIATION, Severity.MINOR),
    TERMINATION_CLIENT_ONLY(ClauseCategory.TERMINATION_NOTICE, Severity.MAJOR),
    NOTICE_TOO_SHORT(ClauseCategory.TERMINATION_NOTICE, Severity.MAJOR),
    NOTICE_ASYMMETRIC(ClauseCategory.TERMINATION_NOTICE, Severity.MINOR),
    IP_BEFORE_PAYMENT(ClauseCategory.INTELLECTUAL_PROPERTY, Severity.MAJOR),
    IP_PREEXISTING_TOOLS(ClauseCategory.INTELLECTUAL_PROPERTY, Severity.BLOCKING),
    PAYMENT_TOO_LATE(ClauseCategory.PAYMENT_TERMS, Severity.MAJOR),
    PAY_WHEN_PAID(ClauseCategory.PAYMENT_TERMS, Severity.BLOCKING),
    NO_LATE_PENALTIES(ClauseCategory.LATE_PAYMENT_PENALTIES, Severity.MINOR),
    NO_RECOVERY_INDEMNITY(ClauseCategory.LATE_PAYMENT_PENALTIES, Severity.MINOR),
    /** The contract excludes the statutory late-payment penalties or the 40 EUR indemnity (present, but waiving). */
    LATE_PENALTIES_WAIVED(ClauseCategory.LATE_PAYMENT_PENALTIES, Severity.MAJOR),
    NO_DEPOSIT_LONG_MISSION(ClauseCategory.DEPOSIT, Severity.MINOR),
    UNLIMITED_LIABILITY(ClauseCategory.LIABILITY_INSURANCE, Severity.BLOCKING),
    PENALTIES_ONE_WAY(ClauseCategory.LIABILITY_INSURANCE, Severity.MAJOR),
    UNILATERAL_CHANGE(ClauseCategory.UNILATERAL_CHANGE, Severity.MAJOR),
    EXCLUSIVITY(ClauseCategory.EXCLUSIVITY, Severity.MAJOR);

    private final ClauseCategory category;
    private final Severity severity;

    FindingType(ClauseCategory category, Severity severity) {
        this.category = category;
        this.severity = severity;
    }

    public ClauseCategory category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }
}
