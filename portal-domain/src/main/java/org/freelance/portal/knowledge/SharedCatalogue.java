package org.freelance.portal.knowledge;

import org.freelance.portal.base.CurrentTenant;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.knowledge.KnowledgeSearch.Page;
import org.freelance.portal.knowledge.KnowledgeSearch.Query;
import org.freelance.portal.knowledge.KnowledgeViews.PublishedArticle;
import org.springframework.stereotype.Component;

/**
 * The shared catalogue of the knowledge base: the catalogue is a tenant of its own, so each call
 * binds it before its own transaction opens (a Hibernate session takes its tenant when it opens);
 * callers check the reader's membership in their community first. Only pseudonymised, published
 * text is ever copied here.
 */
@Component
public class SharedCatalogue {

    private final CatalogueStore store;

    SharedCatalogue(CatalogueStore store) {
        this.store = store;
    }

    void publish(String community, PublishedArticle article) {
        TenantScope.run(CurrentTenant.SHARED_CATALOGUE, () -> store.upsert(community, article));
    }

    void withdraw(String community, Long articleId) {
        TenantScope.run(CurrentTenant.SHARED_CATALOGUE, () -> store.remove(community, articleId));
    }

    Page search(Query query) {
        return TenantScope.call(CurrentTenant.SHARED_CATALOGUE, () -> store.search(query));
    }

    PublishedArticle get(Long entryId) {
        return TenantScope.call(CurrentTenant.SHARED_CATALOGUE, () -> store.get(entryId));
    }
}
