package org.freelance.portal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.review.ReviewEnums.Decision;

/** An expert confirms or rejects an automatic finding, with a comment and possibly their own rewrite. */
@Entity
@Table(name = "finding_assessment")
public class FindingAssessment extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "finding_id", nullable = false, updatable = false)
    private Long findingId;

    @Column(name = "expert_id", nullable = false, updatable = false)
    private Long expertId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Decision decision;

    @Column(columnDefinition = "text")
    private String comment;

    @Column(columnDefinition = "text")
    private String rewrite;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FindingAssessment() {
    }

    FindingAssessment(Long findingId, Long expertId) {
        this.findingId = findingId;
        this.expertId = expertId;
    }

    void decide(Decision decision, String comment, String rewrite, Instant now) {
        this.decision = decision;
        this.comment = comment;
        this.rewrite = rewrite;
        this.createdAt = now;
    }

    public Long getFindingId() {
        return findingId;
    }

    public Long getExpertId() {
        return expertId;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public String getRewrite() {
        return rewrite;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
