package org.freelance.portal.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.freelance.portal.base.TenantScopedEntity;

/** A phase of the mission with its deadline, part of the scoping. */
@Entity
@Table(name = "case_phase")
public class CasePhase extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    private LocalDate deadline;

    protected CasePhase() {
    }

    CasePhase(Long caseId, int position, CaseIntake.Phase phase) {
        this.caseId = caseId;
        this.position = position;
        this.name = phase.name();
        this.deadline = phase.deadline();
    }

    public int getPosition() { return position; }

    CaseIntake.Phase toIntake() {
        return new CaseIntake.Phase(name, deadline);
    }
}
