package org.freelance.portal.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.TenantId;

/**
 * Base of every community-owned row. The tenant column holds the community's slug and is set by
 * Hibernate from the current tenant on insert; queries only ever see the current tenant's rows.
 */
@MappedSuperclass
public abstract class TenantScopedEntity {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    public String tenantId() {
        return tenantId;
    }
}
