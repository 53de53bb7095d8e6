package org.freelance.portal.cases;

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
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.hibernate.annotations.OptimisticLock;

/**
 * A freelancer's dispute case. The version guards the status: two people taking the same case at
 * once cannot both win. Journal activity only touches {@code updatedAt}, which is excluded from
 * that guard.
 */
@Entity
@Table(name = "dispute_case")
public class DisputeCase extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "freelancer_id", nullable = false, updatable = false)
    private Long freelancerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseStatus status = CaseStatus.DRAFT;

    @Column(length = 200)
    private String title;

    @Column(name = "client_name", length = 200)
    private String clientName;

    @Column(name = "client_identifier", length = 40)
    private String clientIdentifier;

    @Column(name = "client_address", columnDefinition = "text")
    private String clientAddress;

    @Column(name = "mission_object", columnDefinition = "text")
    private String missionObject;

    @Column(name = "mission_start")
    private LocalDate missionStart;

    @Column(name = "mission_end")
    private LocalDate missionEnd;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Pricing pricing;

    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency = "EUR";

    @Column(name = "review_request_id")
    private Long reviewRequestId;

    @Column(columnDefinition = "text")
    private String objectives;

    @Column(columnDefinition = "text")
    private String roles;

    @Column(name = "out_of_scope", columnDefinition = "text")
    private String outOfScope;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_category", length = 40)
    private ProblemCategory problemCategory;

    @Column(name = "problem_description", columnDefinition = "mediumtext")
    private String problemDescription;

    @Column(name = "desired_outcome", columnDefinition = "text")
    private String desiredOutcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Urgency urgency;

    @OptimisticLock(excluded = true)
    @Column(name = "risk_alerted", nullable = false)
    private boolean riskAlerted;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OptimisticLock(excluded = true)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected DisputeCase() {
    }

    DisputeCase(Long freelancerId, Instant now) {
        this.freelancerId = freelancerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Copies the intake's case-level fields (contacts, vetting and phases live in their own rows). */
    void apply(CaseIntake intake, Instant now) {
        this.title = intake.title();
        this.clientName = intake.client().name();
        this.clientIdentifier = intake.client().identifier();
        this.clientAddress = intake.client().address();
        this.missionObject = intake.mission().object();
        this.missionStart = intake.mission().start();
        this.missionEnd = intake.mission().end();
        this.pricing = intake.mission().pricing();
        this.amount = intake.mission().amount();
        this.reviewRequestId = intake.mission().reviewRequestId();
        this.objectives = intake.scoping().objectives();
        this.roles = intake.scoping().roles();
        this.outOfScope = intake.scoping().outOfScope();
        this.problemCategory = intake.problem().category();
        this.problemDescription = intake.problem().description();
        this.desiredOutcome = intake.problem().desiredOutcome();
        this.urgency = intake.problem().urgency();
        this.updatedAt = now;
    }

    void moveTo(CaseStatus target, Instant now) {
        if (target == CaseStatus.SUBMITTED) {
            this.submittedAt = now;
        }
        this.status = target;
        this.updatedAt = now;
    }

    void normaliseIdentifier(String identifier) {
        this.clientIdentifier = identifier;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    void riskAlerted(boolean alerted) {
        this.riskAlerted = alerted;
    }

    public String reference() {
        return tenantId() + "-" + id;
    }

    public Long getId() { return id; }
    public Long getFreelancerId() { return freelancerId; }
    public CaseStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public String getClientName() { return clientName; }
    public String getClientIdentifier() { return clientIdentifier; }
    public String getClientAddress() { return clientAddress; }
    public String getMissionObject() { return missionObject; }
    public LocalDate getMissionStart() { return missionStart; }
    public LocalDate getMissionEnd() { return missionEnd; }
    public Pricing getPricing() { return pricing; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public Long getReviewRequestId() { return reviewRequestId; }
    public String getObjectives() { return objectives; }
    public String getRoles() { return roles; }
    public String getOutOfScope() { return outOfScope; }
    public ProblemCategory getProblemCategory() { return problemCategory; }
    public String getProblemDescription() { return problemDescription; }
    public String getDesiredOutcome() { return desiredOutcome; }
    public Urgency getUrgency() { return urgency; }
    public boolean isRiskAlerted() { return riskAlerted; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
}
