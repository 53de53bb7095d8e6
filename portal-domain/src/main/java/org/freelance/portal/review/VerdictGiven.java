package org.freelance.portal.review;

import org.freelance.portal.review.ReviewEnums.Verdict;

/** An expert gave (or changed) their verdict on a review request. */
public record VerdictGiven(String community, Long requestId, String title, String expertName, Verdict verdict,
        Long requesterId) {
}
