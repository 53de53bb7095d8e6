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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewEnums.RequestStatus;
import org.freelance.portal.review.ReviewEnums.ShareMode;

/** A member's request for a second opinion on a contract, with the mission's context. */
@Entity
@Table(name = "review_request")
public class ReviewRequest extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "requester_id", nullable = false, updatable = false)
    private Long requesterId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "client_name", nullable = false, length = 200)
    private String clientName;

    @Column(name = "client_identifier", length = 14)
    private String clientIdentifier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Pricing pricing;

    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency = "EUR";

    @Column(name = "mission_start")
    private LocalDate missionStart;

    @Column(name = "mission_end")
    private LocalDate missionEnd;

    @Column(name = "mission_context", columnDefinition = "text")
    private String missionContext;

    @Enumerated(EnumType.STRING)
    @Column(name = "share_mode", nullable = false, length = 12)
    private ShareMode shareMode = ShareMode.PRIVATE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RequestStatus status = RequestStatus.OPEN;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ReviewRequest() {
    }

    ReviewRequest(Long requesterId, MissionContext mission, Instant now) {
        this.requesterId = requesterId;
        this.createdAt = now;
        apply(mission, now);
    }

    void apply(MissionContext mission, Instant now) {
        this.title = mission.title();
        this.clientName = mission.clientName();
        this.clientIdentifier = mission.clientIdentifier();
        this.pricing = mission.pricing();
        this.amount = mission.amount();
        this.missionStart = mission.start();
        this.missionEnd = mission.end();
        this.missionContext = mission.context();
        this.updatedAt = now;
    }

    MissionContext mission() {
        return new MissionContext(title, clientName, clientIdentifier, pricing, amount, missionStart, missionEnd,
                missionContext);
    }

    void share(ShareMode mode, Instant now) {
        this.shareMode = mode;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getRequesterId() {
        return requesterId;
    }

    public String getTitle() {
        return title;
    }

    public ShareMode getShareMode() {
        return shareMode;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
