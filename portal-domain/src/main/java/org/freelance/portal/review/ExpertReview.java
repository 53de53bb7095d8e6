package org.freelance.portal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.review.ReviewEnums.Verdict;

/** An expert who took a request; holds their verdict and summary once given. */
@Entity
@Table(name = "expert_review")
public class ExpertReview extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "expert_id", nullable = false, updatable = false)
    private Long expertId;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Verdict verdict;

    @Column(columnDefinition = "text")
    private String summary;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected ExpertReview() {
    }

    ExpertReview(Long requestId, Long expertId, Instant takenAt) {
        this.requestId = requestId;
        this.expertId = expertId;
        this.takenAt = takenAt;
    }

    void submit(Verdict verdict, String summary, Instant now) {
        this.verdict = verdict;
        this.summary = summary;
        this.submittedAt = now;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getExpertId() {
        return expertId;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
