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
import org.freelance.portal.review.ReviewEnums.FindingOrigin;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.review.analysis.FindingType;
import org.freelance.portal.review.analysis.Severity;

/**
 * A point raised on one contract version: by the pre-review (with its type) or by an expert on a
 * span they selected (with their own explanation and rewrite). Offsets are -1 for a missing clause.
 */
@Entity
@Table(name = "review_finding")
public class ReviewFinding extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private FindingOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(length = 40, updatable = false)
    private FindingType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private ClauseCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Severity severity;

    @Column(name = "clause_index", nullable = false, updatable = false)
    private int clauseIndex;

    @Column(name = "start_offset", nullable = false, updatable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false, updatable = false)
    private int endOffset;

    @Column(columnDefinition = "text", updatable = false)
    private String quote;

    /** An expert's short name for their point; null for automatic findings (their type names them). */
    @Column(length = 200, updatable = false)
    private String title;

    @Column(columnDefinition = "text", updatable = false)
    private String explanation;

    @Column(columnDefinition = "text", updatable = false)
    private String rewrite;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReviewFinding() {
    }

    ReviewFinding(Long requestId, Long versionId, FindingOrigin origin, FindingType type, ClauseCategory category,
            Severity severity, int clauseIndex, int startOffset, int endOffset, String quote, String title,
            String explanation, String rewrite, Long authorId, Instant createdAt) {
        this.requestId = requestId;
        this.versionId = versionId;
        this.origin = origin;
        this.type = type;
        this.category = category;
        this.severity = severity;
        this.clauseIndex = clauseIndex;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.quote = quote;
        this.title = title;
        this.explanation = explanation;
        this.rewrite = rewrite;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public FindingOrigin getOrigin() {
        return origin;
    }

    public FindingType getType() {
        return type;
    }

    public ClauseCategory getCategory() {
        return category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public int getClauseIndex() {
        return clauseIndex;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public String getQuote() {
        return quote;
    }

    public String getTitle() {
        return title;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getRewrite() {
        return rewrite;
    }

    public Long getAuthorId() {
        return authorId;
    }
}
