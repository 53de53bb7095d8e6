package org.freelance.portal.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One identity at one OIDC provider (issuer + subject), linked to an account. */
@Entity
@Table(name = "oidc_identity")
public class OidcIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(nullable = false, length = 255)
    private String issuer;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected OidcIdentity() {
    }

    OidcIdentity(UserAccount user, String issuer, String subject, Instant linkedAt) {
        this.user = user;
        this.issuer = issuer;
        this.subject = subject;
        this.linkedAt = linkedAt;
    }

    public UserAccount getUser() {
        return user;
    }
}
