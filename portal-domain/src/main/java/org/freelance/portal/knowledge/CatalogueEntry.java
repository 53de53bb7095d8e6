package org.freelance.portal.knowledge;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;
import org.freelance.portal.knowledge.KnowledgeEnums.Field;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeViews.PublishedArticle;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A published article shared with every community: a copy of its pseudonymised text, in the shared
 * catalogue's own tenant, indexed with the same fields and analyzers as {@link Article}.
 */
@Entity
@Table(name = "kb_catalogue_entry")
@Indexed(index = "kb_catalogue")
@AttributeOverride(name = "publishedTitle", column = @Column(name = "title", length = 400))
@AttributeOverride(name = "publishedContext", column = @Column(name = "context", columnDefinition = "text"))
@AttributeOverride(name = "publishedWhatHappened", column = @Column(name = "what_happened",
        columnDefinition = "mediumtext"))
@AttributeOverride(name = "publishedWhatWorked", column = @Column(name = "what_worked",
        columnDefinition = "mediumtext"))
@AttributeOverride(name = "publishedNextTime", column = @Column(name = "next_time", columnDefinition = "text"))
public class CatalogueEntry extends IndexedLesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_community", nullable = false, updatable = false, length = 64)
    private String sourceCommunity;

    @Column(name = "source_article_id", nullable = false, updatable = false)
    private Long sourceArticleId;

    protected CatalogueEntry() {
    }

    CatalogueEntry(String sourceCommunity, Long sourceArticleId) {
        this.sourceCommunity = sourceCommunity;
        this.sourceArticleId = sourceArticleId;
    }

    void copy(PublishedArticle article) {
        Map<Field, String> texts = new EnumMap<>(Field.class);
        texts.put(Field.TITLE, article.title());
        texts.put(Field.CONTEXT, article.context());
        texts.put(Field.WHAT_HAPPENED, article.whatHappened());
        texts.put(Field.WHAT_WORKED, article.whatWorked());
        texts.put(Field.NEXT_TIME, String.join("\n", article.nextTime()));
        setPublished(texts, article.publishedAt());
        setFacts(article.categories(), article.outcome(), article.durationMonths(), article.sector(), article.year());
    }

    PublishedArticle toPublished() {
        return new PublishedArticle(id, published(Field.TITLE), published(Field.CONTEXT),
                published(Field.WHAT_HAPPENED), published(Field.WHAT_WORKED), publishedChecklist(), getCategories(),
                getOutcome(), getDurationMonths(), getSector(), getYear(), Scope.SHARED, getPublishedAt());
    }
}
