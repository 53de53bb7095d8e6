package org.freelance.portal.tenant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.freelance.portal.base.TenantScopedEntity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Sortable;

/**
 * One line of a community's audit log. Names and emails are copied at the time of the event, so the
 * log reads as it happened even after a profile changes. Indexed for the admin's search, per tenant.
 */
@Entity
@Table(name = "audit_event")
@Indexed(index = "audit_event")
public class AuditEvent extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @KeywordField
    @Column(nullable = false, length = 40)
    private AuditEventType type;

    @Column(name = "actor_user_id")
    private Long actorUserId;

    @FullTextField(analyzer = org.freelance.portal.base.SearchAnalyzers.TEXT)
    @Column(name = "actor_name", length = 120)
    private String actorName;

    @FullTextField(analyzer = org.freelance.portal.base.SearchAnalyzers.TEXT)
    @Column(name = "actor_email", length = 254)
    private String actorEmail;

    @FullTextField(analyzer = org.freelance.portal.base.SearchAnalyzers.TEXT)
    @Column(name = "subject_email", length = 254)
    private String subjectEmail;

    @FullTextField(analyzer = org.freelance.portal.base.SearchAnalyzers.TEXT)
    @Column(length = 500)
    private String details;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuditEvent() {
    }

    AuditEvent(AuditEventType type, Long actorUserId, String actorName, String actorEmail, String subjectEmail,
            String details, Instant occurredAt) {
        this.type = type;
        this.actorUserId = actorUserId;
        this.actorName = actorName;
        this.actorEmail = actorEmail;
        this.subjectEmail = subjectEmail;
        this.details = details;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public AuditEventType getType() {
        return type;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public String getSubjectEmail() {
        return subjectEmail;
    }

    public String getDetails() {
        return details;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
