package org.freelance.portal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.freelance.portal.base.TenantScopedEntity;

/** A named expert the requester shared the request with. */
@Entity
@Table(name = "review_share")
public class ReviewShare extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "expert_id", nullable = false, updatable = false)
    private Long expertId;

    protected ReviewShare() {
    }

    ReviewShare(Long requestId, Long expertId) {
        this.requestId = requestId;
        this.expertId = expertId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getExpertId() {
        return expertId;
    }
}
