package org.freelance.portal.tenant;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.freelance.portal.base.TenantScopedEntity;

/** An invitation to join a community: a single-use link that expires; only the token's hash is stored. */
@Entity
@Table(name = "invitation")
public class Invitation extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false, length = 100)
    private Set<Role> roles;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false)
    private Long invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(nullable = false)
    private boolean mailed;

    @Column(name = "mail_sent_at")
    private Instant mailSentAt;

    /** The last attempt to mail the link failed (it is retried); cleared once it goes. */
    @Column(name = "mail_failed_at")
    private Instant mailFailedAt;

    protected Invitation() {
    }

    Invitation(String email, Set<Role> roles, String tokenHash, Long invitedBy, Instant createdAt, Instant expiresAt) {
        this.email = email;
        this.roles = EnumSet.copyOf(roles);
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles);
    }

    Long getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isPending(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** Whether the link went out by mail: only then may it set a newcomer's first password. */
    public boolean isMailed() {
        return mailed;
    }

    void markMailed() {
        mailed = true;
    }

    Instant getMailSentAt() {
        return mailSentAt;
    }

    boolean isMailFailed() {
        return mailFailedAt != null;
    }

    /** A new token for the mail about to go: whatever link existed before stops working. */
    void rekey(String newTokenHash) {
        tokenHash = newTokenHash;
    }

    void mailSent(Instant now) {
        mailSentAt = now;
        mailFailedAt = null;
    }

    void mailFailed(Instant now) {
        mailFailedAt = now;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    void accept(Instant now) {
        acceptedAt = now;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }
}
