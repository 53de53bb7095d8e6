package org.freelance.portal.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.freelance.portal.base.SearchAnalyzers;
import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeViews.PublishedArticle;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A published article shared with every community: a copy of its pseudonymised text, in the shared
 * catalogue's own tenant, indexed with the same fields and analyzers as {@link Article}.
 */
@Entity
@Table(name = "kb_catalogue_entry")
@Indexed(index = "kb_catalogue")
public class CatalogueEntry extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_community", nullable = false, updatable = false, length = 64)
    private String sourceCommunity;

    @Column(name = "source_article_id", nullable = false, updatable = false)
    private Long sourceArticleId;

    @FullTextField(name = "title", analyzer = SearchAnalyzers.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    @FullTextField(name = "title_en", analyzer = SearchAnalyzers.ENGLISH)
    @Column(length = 400)
    private String title;

    @FullTextField(name = "summary", analyzer = SearchAnalyzers.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    @FullTextField(name = "summary_en", analyzer = SearchAnalyzers.ENGLISH)
    @Column(columnDefinition = "text")
    private String context;

    @FullTextField(name = "body", analyzer = SearchAnalyzers.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    @FullTextField(name = "body_en", analyzer = SearchAnalyzers.ENGLISH)
    @Column(name = "what_happened", columnDefinition = "mediumtext")
    private String whatHappened;

    @FullTextField(name = "worked", analyzer = SearchAnalyzers.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    @FullTextField(name = "worked_en", analyzer = SearchAnalyzers.ENGLISH)
    @Column(name = "what_worked", columnDefinition = "mediumtext")
    private String whatWorked;

    @FullTextField(name = "lessons", analyzer = SearchAnalyzers.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    @FullTextField(name = "lessons_en", analyzer = SearchAnalyzers.ENGLISH)
    @Column(name = "next_time", columnDefinition = "text")
    private String nextTime;

    @KeywordField(name = "category", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Convert(converter = ClauseCategorySetConverter.class)
    @Column(name = "clause_categories", nullable = false, length = 1000)
    private Set<ClauseCategory> categories = EnumSet.noneOf(ClauseCategory.class);

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = 30)
    private Outcome outcome;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = 30)
    private Sector sector;

    @GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "year_of_dispute")
    private Integer year;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected CatalogueEntry() {
    }

    CatalogueEntry(String sourceCommunity, Long sourceArticleId) {
        this.sourceCommunity = sourceCommunity;
        this.sourceArticleId = sourceArticleId;
    }

    void copy(PublishedArticle article) {
        this.title = article.title();
        this.context = article.context();
        this.whatHappened = article.whatHappened();
        this.whatWorked = article.whatWorked();
        this.nextTime = String.join("\n", article.nextTime());
        this.categories = article.categories().isEmpty() ? EnumSet.noneOf(ClauseCategory.class)
                : EnumSet.copyOf(article.categories());
        this.outcome = article.outcome();
        this.durationMonths = article.durationMonths();
        this.sector = article.sector();
        this.year = article.year();
        this.publishedAt = article.publishedAt();
    }

    PublishedArticle toPublished() {
        return new PublishedArticle(id, title, context, whatHappened, whatWorked,
                nextTime == null || nextTime.isBlank() ? java.util.List.of() : java.util.List.of(nextTime.split("\n")),
                categories, outcome, durationMonths, sector, year, KnowledgeEnums.Scope.SHARED, publishedAt);
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getContext() { return context; }
    public Set<ClauseCategory> getCategories() { return categories; }
    public Outcome getOutcome() { return outcome; }
    public Sector getSector() { return sector; }
    public Integer getYear() { return year; }
    public Instant getPublishedAt() { return publishedAt; }
}
