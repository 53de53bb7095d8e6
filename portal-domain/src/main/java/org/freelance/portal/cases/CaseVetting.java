package org.freelance.portal.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.cases.CaseEnums.VettingAnswer;
import org.freelance.portal.cases.CaseEnums.VettingItem;

/** The freelancer's answer to one question of the client vetting checklist. */
@Entity
@Table(name = "case_vetting")
public class CaseVetting extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 60)
    private VettingItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VettingAnswer answer;

    @Column(columnDefinition = "text")
    private String note;

    protected CaseVetting() {
    }

    CaseVetting(Long caseId, VettingItem item, CaseIntake.Vetting vetting) {
        this.caseId = caseId;
        this.item = item;
        this.answer = vetting.answer() == null ? VettingAnswer.UNKNOWN : vetting.answer();
        this.note = vetting.note();
    }

    public VettingItem getItem() { return item; }

    CaseIntake.Vetting toIntake() {
        return new CaseIntake.Vetting(answer, note);
    }
}
