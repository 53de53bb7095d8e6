package org.freelance.portal.tenant;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.freelance.portal.base.TenantScope;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.UserSignedIn;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The community audit log: sign-ins and membership changes. Community admins read and search it
 * (full text through Hibernate Search, scoped to the current community like every query).
 */
@Service
public class AuditService {

    static final int MAX_PAGE = 200;

    private final AuditEventRepository events;
    private final AuditLog auditLog;
    private final TenantAccess access;
    private final CrossTenantQueries crossTenant;
    private final AccountService accounts;
    private final EntityManager entityManager;
    private final TransactionTemplate newTransaction;

    AuditService(AuditEventRepository events, AuditLog auditLog, TenantAccess access, CrossTenantQueries crossTenant,
            AccountService accounts, EntityManager entityManager, PlatformTransactionManager transactions) {
        this.events = events;
        this.auditLog = auditLog;
        this.access = access;
        this.crossTenant = crossTenant;
        this.accounts = accounts;
        this.entityManager = entityManager;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The latest lines, newest first; community admins only. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        access.requireRole(Role.ADMIN);
        return events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, clamp(limit)))
                .stream().map(AuditEntry::of).toList();
    }

    /**
     * Full-text search over who did what (names, emails, details), newest first; a blank query lists
     * everything. Community admins only; offsets below zero count as zero.
     */
    @Transactional(readOnly = true)
    public AuditPage search(String text, int offset, int limit) {
        access.requireRole(Role.ADMIN);
        String query = text == null ? "" : text.strip();
        SearchResult<AuditEvent> result = Search.session(entityManager).search(AuditEvent.class)
                .where(f -> query.isEmpty() ? f.matchAll()
                        : f.simpleQueryString().fields("actorName", "actorEmail", "subjectEmail", "details")
                                .matching(query).defaultOperator(BooleanOperator.AND))
                .sort(f -> f.field("occurredAt").desc())
                .fetch(Math.max(0, offset), clamp(limit));
        return new AuditPage(result.total().hitCount(), result.hits().stream().map(AuditEntry::of).toList());
    }

    /** Writes a sign-in line into every community the person belongs to, each in its own tenant. */
    @TransactionalEventListener(fallbackExecution = true)
    void onSignedIn(UserSignedIn event) {
        var actor = accounts.find(event.userId()).orElse(null);
        for (MyCommunity community : crossTenant.communitiesOf(event.userId())) {
            TenantScope.run(community.slug(), () -> newTransaction.executeWithoutResult(status ->
                    auditLog.record(AuditEventType.SIGNED_IN, actor, event.email(), event.method())));
        }
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
