package org.freelance.portal.base;

import java.util.Set;

/** Every tenant id there is (the tenant feature knows them); used by maintenance that spans tenants. */
public interface TenantDirectory {

    Set<String> allTenantIds();
}
