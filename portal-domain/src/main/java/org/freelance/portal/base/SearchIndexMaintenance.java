package org.freelance.portal.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the Lucene index usable: tells readiness whether a search can run, and rebuilds every
 * tenant's index at start when it is out of step with the database (see {@link #rebuildIfOutOfStep()}).
 */
@Component
public class SearchIndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final TenantDirectory tenants;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.IDLE);

    /**
     * Where the last or current rebuild stands: documents added out of the total expected (the total
     * grows while the entity types are counted), and whether it is still running.
     */
    public record Progress(boolean running, long documentsAdded, long total, long millis) {
        static final Progress IDLE = new Progress(false, 0, 0, 0);

        /** 0 to 100. */
        public int percent() {
            return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, documentsAdded * 100 / total);
        }
    }

    public Progress progress() {
        return progress.get();
    }

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

    /**
     * At start, rebuilds every tenant's index when it is out of step with the database: empty while
     * communities exist (first start on an existing database, index folder deleted), or holding a
     * different number of documents than the database has rows of an indexed type for some tenant
     * (a database restored or replaced under an index that survived). Nothing writes at start, so a
     * difference is real; the comparison is one count per tenant and indexed type.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfOutOfStep() {
        Set<String> all = tenants.allTenantIds();
        if (all.stream().allMatch(CurrentTenant.SHARED_CATALOGUE::equals)) {
            return; // no community yet: nothing to index
        }
        long documents = all.stream().mapToLong(this::documentCount).sum();
        if (documents == 0) {
            log.info("Search index is empty while {} communities exist: rebuilding it", all.size());
            rebuild(all);
            return;
        }
        for (String tenant : all) {
            for (SearchIndexedEntity<?> type : Search.mapping(entityManagerFactory).allIndexedEntities()) {
                long rows = rowCount(tenant, type);
                long indexed = documentCount(tenant, type.javaClass());
                if (rows != indexed) {
                    log.warn("Search index out of step with the database ({} of {}: {} rows, {} documents):"
                            + " rebuilding it", type.jpaName(), tenant, rows, indexed);
                    rebuild(all);
                    return;
                }
            }
        }
    }

    /** Rebuilds the index of every entity for the given tenants; returns the time taken in milliseconds. */
    public long rebuild(Set<String> tenantIds) {
        if (!rebuilding.compareAndSet(false, true)) {
            return 0;
        }
        long start = System.nanoTime();
        AtomicLong added = new AtomicLong();
        AtomicLong total = new AtomicLong();
        progress.set(new Progress(true, 0, 0, 0));
        try {
            SearchMapping mapping = Search.mapping(entityManagerFactory);
            mapping.scope(Object.class).massIndexer(tenantIds).threadsToLoadObjects(1)
                    .monitor(new MassIndexingMonitor() {
                        @Override
                        public void documentsAdded(long increment) {
                            progress.set(new Progress(true, added.addAndGet(increment), total.get(), elapsed(start)));
                        }

                        @Override
                        public void documentsBuilt(long increment) {
                        }

                        @Override
                        public void entitiesLoaded(long increment) {
                        }

                        @Override
                        public void addToTotalCount(long increment) {
                            progress.set(new Progress(true, added.get(), total.addAndGet(increment), elapsed(start)));
                        }

                        @Override
                        public void indexingCompleted() {
                        }
                    })
                    .startAndWait();
            long millis = elapsed(start);
            progress.set(new Progress(false, added.get(), Math.max(total.get(), added.get()), millis));
            log.info("Search index rebuilt for {} communities in {} ms", tenantIds.size(), millis);
            return millis;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Index rebuild interrupted", e);
        } finally {
            if (progress.get().running()) {
                progress.set(new Progress(false, added.get(), total.get(), elapsed(start)));
            }
            rebuilding.set(false);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long documentCount(String tenantId) {
        return documentCount(tenantId, Object.class);
    }

    private long documentCount(String tenantId, Class<?> type) {
        return TenantScope.call(tenantId, () -> {
            try (EntityManager em = entityManagerFactory.createEntityManager()) {
                return Search.session(em).search(Search.mapping(entityManagerFactory).scope(type))
                        .where(f -> f.matchAll()).fetchTotalHitCount();
            }
        });
    }

    private long rowCount(String tenantId, SearchIndexedEntity<?> type) {
        return TenantScope.call(tenantId, () -> {
            try (EntityManager em = entityManagerFactory.createEntityManager()) {
                return em.createQuery("select count(e) from " + type.jpaName() + " e", Long.class).getSingleResult();
            }
        });
    }
}
