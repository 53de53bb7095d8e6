package org.freelance.portal.review.analysis;

/**
 * An unbalanced point. {@code start}/{@code end} delimit the quoted span in the contract text, or are
 * both -1 when the finding is about something missing; {@code clauseIndex} is -1 then too.
 */
public record Finding(FindingType type, Severity severity, ClauseCategory category, int clauseIndex, int start,
        int end, String quote, String explanationFr, String explanationEn, String rewriteFr, String rewriteEn) {

    public boolean isAboutMissingClause() {
        return start < 0;
    }
}
