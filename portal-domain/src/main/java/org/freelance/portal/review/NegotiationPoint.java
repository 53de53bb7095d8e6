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
import org.freelance.portal.review.ReviewEnums.PointStatus;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.review.analysis.Severity;

/**
 * Where the requester stands on one point to negotiate. The key identifies the point across
 * versions (a finding type, or an expert finding's id) so the status survives a new version.
 */
@Entity
@Table(name = "negotiation_point")
public class NegotiationPoint extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "point_key", nullable = false, length = 120, updatable = false)
    private String pointKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ClauseCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PointStatus status = PointStatus.PENDING;

    @Column(columnDefinition = "text")
    private String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NegotiationPoint() {
    }

    NegotiationPoint(Long requestId, String pointKey, ClauseCategory category, Severity severity, Instant now) {
        this.requestId = requestId;
        this.pointKey = pointKey;
        this.category = category;
        this.severity = severity;
        this.updatedAt = now;
    }

    void mark(PointStatus status, String note, Instant now) {
        this.status = status;
        this.note = note;
        this.updatedAt = now;
    }

    public String getPointKey() {
        return pointKey;
    }

    public PointStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
