package org.freelance.portal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.freelance.portal.base.TenantScopedEntity;

/**
 * A requester's consent that one named member reads the contract of the request (today: the lead of
 * the dispute case the requester linked to it). Active until revoked; a revoked consent stays as a
 * record and a new consent is a new row.
 */
@Entity
@Table(name = "review_contract_consent")
public class ContractConsent extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "grantee_id", nullable = false, updatable = false)
    private Long granteeId;

    @Column(name = "granted_by", nullable = false, updatable = false)
    private Long grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ContractConsent() {
    }

    ContractConsent(Long requestId, Long granteeId, Long grantedBy, Instant grantedAt) {
        this.requestId = requestId;
        this.granteeId = granteeId;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    void revoke(Long by, Instant at) {
        if (revokedAt == null) {
            this.revokedBy = by;
            this.revokedAt = at;
        }
    }

    boolean active() {
        return revokedAt == null;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public Long getGranteeId() { return granteeId; }
    public Long getGrantedBy() { return grantedBy; }
    public Instant getGrantedAt() { return grantedAt; }
    public Long getRevokedBy() { return revokedBy; }
    public Instant getRevokedAt() { return revokedAt; }
}
