package org.freelance.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.tenant.AuditService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An index found empty or out of step with the database at start is rebuilt from it, for every community. */
@DomainIntegrationTest
class SearchIndexMaintenanceIT {

    @Autowired SearchIndexMaintenance maintenance;
    @Autowired TenantDirectory tenants;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired TestFixtures fixtures;
    @Autowired AuditService audit;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_emptied_index_is_rebuilt_for_every_community_and_reports_usable() {
        CommunityView first = fixtures.community("Index");
        CommunityView second = fixtures.community("Index");
        AccountView admin1 = fixtures.member(first, Role.ADMIN);
        AccountView admin2 = fixtures.member(second, Role.ADMIN);
        long before1 = fixtures.as(admin1, first, () -> audit.search("", 0, 1).total());
        long before2 = fixtures.as(admin2, second, () -> audit.search("", 0, 1).total());
        assertThat(before1).isPositive();

        var scope = Search.mapping(entityManagerFactory).scope(Object.class);
        tenants.allTenantIds().forEach(tenant -> scope.workspace(tenant).purge());
        assertThat(fixtures.as(admin1, first, () -> audit.search("", 0, 1).total())).isZero();

        maintenance.rebuildIfOutOfStep();

        assertThat(maintenance.isUsable()).isTrue();
        SearchIndexMaintenance.Progress progress = maintenance.progress();
        assertThat(progress.running()).isFalse();
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.documentsAdded()).isGreaterThanOrEqualTo(before1 + before2);
        assertThat(fixtures.as(admin1, first, () -> audit.search("", 0, 1).total())).isEqualTo(before1);
        assertThat(fixtures.as(admin2, second, () -> audit.search("", 0, 1).total())).isEqualTo(before2);
        assertThat(fixtures.as(admin1, first, () -> audit.search(admin2.email(), 0, 10).total())).isZero();
    }

    @Test
    void an_index_holding_documents_the_database_no_longer_has_is_rebuilt_at_start() {
        CommunityView community = fixtures.community("Stale");
        AccountView admin = fixtures.member(community, Role.ADMIN);
        assertThat(fixtures.as(admin, community, () -> audit.search("", 0, 1).total())).isPositive();

        // the database loses rows behind the index's back (restored, replaced or re-created)
        jdbc.update("delete from audit_event where tenant_id = ?", community.slug());

        maintenance.rebuildIfOutOfStep();

        assertThat(fixtures.as(admin, community, () -> audit.search("", 0, 1).total())).isZero();
    }
}
