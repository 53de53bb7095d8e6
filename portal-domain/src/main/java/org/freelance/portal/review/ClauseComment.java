package org.freelance.portal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.freelance.portal.base.TenantScopedEntity;

/** One message of the discussion thread of a clause. */
@Entity
@Table(name = "clause_comment")
public class ClauseComment extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(name = "clause_index", nullable = false, updatable = false)
    private int clauseIndex;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(nullable = false, columnDefinition = "text", updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ClauseComment() {
    }

    ClauseComment(Long requestId, Long versionId, int clauseIndex, Long authorId, String body, Instant createdAt) {
        this.requestId = requestId;
        this.versionId = versionId;
        this.clauseIndex = clauseIndex;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public int getClauseIndex() {
        return clauseIndex;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getVersionId() {
        return versionId;
    }
}
