package org.freelance.portal.review;

import java.time.Instant;
import java.util.List;
import org.freelance.portal.review.ReviewEnums.ContractSource;
import org.freelance.portal.review.ReviewEnums.Decision;
import org.freelance.portal.review.ReviewEnums.Evolution;
import org.freelance.portal.review.ReviewEnums.FindingOrigin;
import org.freelance.portal.review.ReviewEnums.PointStatus;
import org.freelance.portal.review.ReviewEnums.RequestStatus;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewEnums.Verdict;
import org.freelance.portal.review.analysis.ChecklistItem;
import org.freelance.portal.review.analysis.Clause;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.review.analysis.ContractLanguage;
import org.freelance.portal.review.analysis.FindingType;
import org.freelance.portal.review.analysis.Severity;
import org.freelance.portal.tenant.MemberSummary;

/** Read-only pictures of the review feature for screens and reports. */
public final class ReviewViews {

    private ReviewViews() {
    }

    /** A line of a list of requests. */
    public record RequestSummary(Long id, String title, String clientName, String requesterName, ShareMode shareMode,
            RequestStatus status, int versions, int openFindings, int verdicts, Instant updatedAt) {
    }

    public record VersionView(Long id, int number, ContractSource source, String fileName, String mediaType,
            long sizeBytes, String sha256, ContractLanguage language, Instant createdAt) {
    }

    public record AssessmentView(Long expertId, String expertName, Decision decision, String comment, String rewrite,
            Instant at) {
    }

    /**
     * A finding of the shown version; for an automatic one, {@code title}, {@code explanation} and
     * {@code rewrite} are null and the screen takes the name and catalogue text of {@code type} in its
     * language.
     */
    public record FindingView(Long id, FindingOrigin origin, FindingType type, ClauseCategory category,
            Severity severity, int clauseIndex, int start, int end, String quote, String title, String explanation,
            String rewrite, String authorName, List<AssessmentView> assessments) {

        public boolean isAboutMissingClause() {
            return start < 0;
        }

        /** Every expert who assessed it rejected it: it is set apart and leaves the negotiation list. */
        public boolean isRejected() {
            return !assessments.isEmpty() && assessments.stream().allMatch(a -> a.decision() == Decision.REJECTED);
        }
    }

    /** How an automatic finding type evolved between the previous version and the latest. */
    public record EvolutionView(FindingType type, Severity severity, Evolution evolution) {
    }

    /**
     * An expert's review; {@code locked} once the requester has acted on the verdict (marked a point of
     * the negotiation list after it, with no newer contract version since): it can no longer change.
     */
    public record ExpertReviewView(Long expertId, String expertName, Instant takenAt, Verdict verdict, String summary,
            Instant submittedAt, boolean locked) {
    }

    public record CommentView(Long id, int clauseIndex, int versionNumber, Long authorId, String authorName,
            String body, Instant at) {
    }

    /** What the signed-in person may do on this request. */
    public record Permissions(boolean requester, boolean expert, boolean tookIt, boolean canTake) {
    }

    public record RequestDetail(Long id, MissionContext mission, String requesterName, ShareMode shareMode,
            List<MemberSummary> sharedWith, RequestStatus status, List<VersionView> versions, VersionView shown,
            String text, List<Clause> clauses, List<ChecklistItem> checklist, List<FindingView> findings,
            List<EvolutionView> evolution, List<ExpertReviewView> experts, List<CommentView> comments,
            Permissions permissions, Instant createdAt) {
    }

    /**
     * One point of the consolidated negotiation list: what to obtain ({@code proposal}), where it comes
     * from ({@code quote}, or empty for a missing clause) and where the requester stands; {@code title}
     * names an expert's own point (null for automatic ones and for points added before titles existed).
     */
    public record NegotiationItem(String key, FindingType type, ClauseCategory category, Severity severity,
            String quote, String title, String explanation, String proposal, int confirmations, PointStatus status,
            String note) {
    }
}
