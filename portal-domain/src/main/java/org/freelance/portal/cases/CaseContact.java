package org.freelance.portal.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.freelance.portal.base.TenantScopedEntity;

/** A contact person at the client. */
@Entity
@Table(name = "case_contact")
public class CaseContact extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false)
    private int position;

    @Column(length = 200)
    private String name;

    @Column(length = 200)
    private String role;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    protected CaseContact() {
    }

    CaseContact(Long caseId, int position, CaseIntake.Contact contact) {
        this.caseId = caseId;
        this.position = position;
        this.name = contact.name();
        this.role = contact.role();
        this.email = contact.email();
        this.phone = contact.phone();
    }

    CaseIntake.Contact toIntake() {
        return new CaseIntake.Contact(name, role, email, phone);
    }

    public int getPosition() { return position; }
}
