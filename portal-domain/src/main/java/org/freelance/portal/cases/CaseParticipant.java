package org.freelance.portal.cases;

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
import org.freelance.portal.cases.CaseEnums.ParticipantRole;

/** The lead (expert or mediator who took the case) or a supporter the lead invited. */
@Entity
@Table(name = "case_participant")
public class CaseParticipant extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ParticipantRole role;

    @Column(name = "conflict_note", columnDefinition = "text")
    private String conflictNote;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    protected CaseParticipant() {
    }

    CaseParticipant(Long caseId, Long userId, ParticipantRole role, String conflictNote, Instant now) {
        this.caseId = caseId;
        this.userId = userId;
        this.role = role;
        this.conflictNote = conflictNote;
        this.joinedAt = now;
    }

    public Long getCaseId() { return caseId; }
    public Long getUserId() { return userId; }
    public ParticipantRole getRole() { return role; }
    public String getConflictNote() { return conflictNote; }
    public Instant getJoinedAt() { return joinedAt; }
}
