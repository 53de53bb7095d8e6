package org.freelance.portal.tenant;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.identity.UserAccount;

/** A person's place in one community, with their roles there. */
@Entity
@Table(name = "membership")
public class Membership extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", updatable = false)
    private UserAccount user;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false, length = 100)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    @Version
    private long version;

    protected Membership() {
    }

    Membership(UserAccount user, Set<Role> roles, Instant joinedAt) {
        this.user = user;
        this.roles = EnumSet.copyOf(roles);
        this.joinedAt = joinedAt;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getUser() {
        return user;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Set<Role> roles) {
        this.roles = EnumSet.copyOf(roles);
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
