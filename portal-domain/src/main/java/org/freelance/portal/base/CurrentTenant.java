package org.freelance.portal.base;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "which community are we in": an explicit {@link TenantScope} first,
 * then the registered {@link TenantSource}s (the UI state of the current Vaadin request).
 */
@Component
public class CurrentTenant {

    /** Matches no row: used when no community is bound, so tenant-scoped queries return nothing. */
    public static final String NONE = "~none";
    /** The shared catalogue of the knowledge base: its own tenant, read by every community. */
    public static final String SHARED_CATALOGUE = "~shared";

    private final ObjectProvider<TenantSource> sources;

    public CurrentTenant(ObjectProvider<TenantSource> sources) {
        this.sources = sources;
    }

    public Optional<String> get() {
        Optional<String> bound = TenantScope.bound();
        if (bound.isPresent()) {
            return bound;
        }
        List<TenantSource> all = sources.orderedStream().toList();
        for (TenantSource source : all) {
            Optional<String> tenant = source.currentTenant();
            if (tenant.isPresent()) {
                return tenant;
            }
        }
        return Optional.empty();
    }

    public String getOrNone() {
        return get().orElse(NONE);
    }
}
