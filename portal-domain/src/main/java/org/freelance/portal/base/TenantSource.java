package org.freelance.portal.base;

import java.util.Optional;

/**
 * Where the current community comes from when no explicit {@link TenantScope} is open; the web
 * application provides one that reads the state of the Vaadin UI handling the request.
 */
public interface TenantSource {

    Optional<String> currentTenant();
}
