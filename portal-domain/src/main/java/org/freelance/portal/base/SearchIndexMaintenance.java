package org.freelance.portal.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the Lucene index usable: tells readiness whether a search can run, and rebuilds every
 * tenant's index at start when the index is found empty while the database has tenants (first start
 * on an existing database, or the index folder was deleted).
 */
@Component
public class SearchIndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final TenantDirectory tenants;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public SearchIndexMaintenance(EntityManagerFactory entityManagerFactory, TenantDirectory tenants) {
        this.entityManagerFactory = entityManagerFactory;
        this.tenants = tenants;
    }

    /** True when a query over every index can run and no rebuild is under way. */
    public boolean isUsable() {
        if (rebuilding.get()) {
            return false;
        }
        try {
            documentCount(CurrentTenant.NONE);
            return true;
        } catch (RuntimeException e) {
            log.warn("Search index not usable: {}", e.getMessage());
            return false;
        }
    }

    public boolean isRebuilding() {
        return rebuilding.get();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfEmpty() {
        Set<String> all = tenants.allTenantIds();
        if (all.stream().allMatch(CurrentTenant.SHARED_CATALOGUE::equals)) {
            return; // no community yet: nothing to index
        }
        long documents = all.stream().mapToLong(this::documentCount).sum();
        if (documents == 0) {
            log.info("Search index is empty while {} communities exist: rebuilding it", all.size());
            rebuild(all);
        }
    }

    /** Rebuilds the index of every entity for the given tenants; returns the time taken in milliseconds. */
    public long rebuild(Set<String> tenantIds) {
        if (!rebuilding.compareAndSet(false, true)) {
            return 0;
        }
        long start = System.nanoTime();
        try {
            SearchMapping mapping = Search.mapping(entityManagerFactory);
            mapping.scope(Object.class).massIndexer(tenantIds).threadsToLoadObjects(1).startAndWait();
            long millis = (System.nanoTime() - start) / 1_000_000;
            log.info("Search index rebuilt for {} communities in {} ms", tenantIds.size(), millis);
            return millis;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Index rebuild interrupted", e);
        } finally {
            rebuilding.set(false);
        }
    }

    private long documentCount(String tenantId) {
        return TenantScope.call(tenantId, () -> {
            try (EntityManager em = entityManagerFactory.createEntityManager()) {
                return Search.session(em).search(Search.mapping(entityManagerFactory).scope(Object.class))
                        .where(f -> f.matchAll()).fetchTotalHitCount();
            }
        });
    }
}
