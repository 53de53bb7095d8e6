package org.freelance.portal.knowledge;

import jakarta.persistence.EntityManager;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.knowledge.KnowledgeSearch.Page;
import org.freelance.portal.knowledge.KnowledgeSearch.Query;
import org.freelance.portal.knowledge.KnowledgeViews.PublishedArticle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue's rows, each operation in a transaction of its own (opened with the catalogue bound). */
@Component
class CatalogueStore {

    private final CatalogueEntryRepository entries;
    private final EntityManager entityManager;

    CatalogueStore(CatalogueEntryRepository entries, EntityManager entityManager) {
        this.entries = entries;
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void upsert(String community, PublishedArticle article) {
        CatalogueEntry entry = entries.findBySourceCommunityAndSourceArticleId(community, article.id())
                .orElseGet(() -> new CatalogueEntry(community, article.id()));
        entry.copy(article);
        entries.save(entry);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void remove(String community, Long articleId) {
        entries.findBySourceCommunityAndSourceArticleId(community, articleId).ifPresent(entries::delete);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Page search(Query query) {
        return KnowledgeSearch.run(entityManager, CatalogueEntry.class, false, query);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public PublishedArticle get(Long entryId) {
        return entries.findById(entryId).map(CatalogueEntry::toPublished).orElseThrow(NotFoundException::new);
    }
}
