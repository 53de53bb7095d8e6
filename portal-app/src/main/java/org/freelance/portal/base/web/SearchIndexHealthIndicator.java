package org.freelance.portal.base.web;

import org.freelance.portal.base.SearchIndexMaintenance;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness contributor "searchIndex": UP only when a search can run and no rebuild is under way. */
@Component("searchIndex")
class SearchIndexHealthIndicator implements HealthIndicator {

    private final SearchIndexMaintenance index;

    SearchIndexHealthIndicator(SearchIndexMaintenance index) {
        this.index = index;
    }

    @Override
    public Health health() {
        if (index.isRebuilding()) {
            return Health.outOfService().withDetail("rebuilding", true).build();
        }
        return index.isUsable() ? Health.up().build() : Health.down().build();
    }
}
