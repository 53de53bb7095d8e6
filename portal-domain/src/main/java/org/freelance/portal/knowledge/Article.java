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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.freelance.portal.base.SearchAnalyzers;
import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.knowledge.KnowledgeEnums.ArticleStatus;
import org.freelance.portal.knowledge.KnowledgeEnums.Field;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
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
 * A lesson learned. The author's text may name people; the {@code published*} fields hold the
 * pseudonymised text an admin reviewed, and only they leave the author and the admins.
 */
@Entity
@Table(name = "kb_article")
@Indexed(index = "kb_article")
public class Article extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @KeywordField
    @Column(nullable = false, length = 12)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @KeywordField
    @Column(nullable = false, length = 12)
    private Scope scope = Scope.COMMUNITY;

    @Column(name = "source_case_id")
    private Long sourceCaseId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(length = 300)
    private String title;

    @Column(columnDefinition = "text")
    private String context;

    @Column(name = "what_happened", columnDefinition = "mediumtext")
    private String whatHappened;

    @Column(name = "what_worked", columnDefinition = "mediumtext")
    private String whatWorked;

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

    @FullTextField(name = "title", analyzer = SearchAnalyzers.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    @FullTextField(name = "title_en", analyzer = SearchAnalyzers.ENGLISH)
    @Column(name = "published_title", length = 400)
    private String publishedTitle;

    @FullTextField(name = "summary", analyzer = SearchAnalyzers.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    @FullTextField(name = "summary_en", analyzer = SearchAnalyzers.ENGLISH)
    @Column(name = "published_context", columnDefinition = "text")
    private String publishedContext;

    @FullTextField(name = "body", analyzer = SearchAnalyzers.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    @FullTextField(name = "body_en", analyzer = SearchAnalyzers.ENGLISH)
    @Column(name = "published_what_happened", columnDefinition = "mediumtext")
    private String publishedWhatHappened;

    @FullTextField(name = "worked", analyzer = SearchAnalyzers.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    @FullTextField(name = "worked_en", analyzer = SearchAnalyzers.ENGLISH)
    @Column(name = "published_what_worked", columnDefinition = "mediumtext")
    private String publishedWhatWorked;

    @FullTextField(name = "lessons", analyzer = SearchAnalyzers.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    @FullTextField(name = "lessons_en", analyzer = SearchAnalyzers.ENGLISH)
    @Column(name = "published_next_time", columnDefinition = "text")
    private String publishedNextTime;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected Article() {
    }

    Article(Long authorId, Long sourceCaseId, Instant now) {
        this.authorId = authorId;
        this.sourceCaseId = sourceCaseId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(ArticleDraft draft, Instant now) {
        this.title = draft.title();
        this.context = draft.context();
        this.whatHappened = draft.whatHappened();
        this.whatWorked = draft.whatWorked();
        this.nextTime = draft.nextTime();
        this.categories = draft.categories().isEmpty() ? EnumSet.noneOf(ClauseCategory.class)
                : EnumSet.copyOf(draft.categories());
        this.outcome = draft.outcome();
        this.durationMonths = draft.durationMonths();
        this.sector = draft.sector();
        this.year = draft.year();
        this.updatedAt = now;
    }

    String text(Field field) {
        return switch (field) {
            case TITLE -> title;
            case CONTEXT -> context;
            case WHAT_HAPPENED -> whatHappened;
            case WHAT_WORKED -> whatWorked;
            case NEXT_TIME -> nextTime;
        };
    }

    String published(Field field) {
        return switch (field) {
            case TITLE -> publishedTitle;
            case CONTEXT -> publishedContext;
            case WHAT_HAPPENED -> publishedWhatHappened;
            case WHAT_WORKED -> publishedWhatWorked;
            case NEXT_TIME -> publishedNextTime;
        };
    }

    void moveTo(ArticleStatus target, Instant now) {
        if (target == ArticleStatus.IN_REVIEW) {
            submittedAt = now;
        }
        status = target;
        updatedAt = now;
    }

    void publish(Scope chosen, java.util.Map<Field, String> texts, Instant now) {
        this.scope = chosen;
        this.publishedTitle = texts.get(Field.TITLE);
        this.publishedContext = texts.get(Field.CONTEXT);
        this.publishedWhatHappened = texts.get(Field.WHAT_HAPPENED);
        this.publishedWhatWorked = texts.get(Field.WHAT_WORKED);
        this.publishedNextTime = texts.get(Field.NEXT_TIME);
        this.publishedAt = now;
        moveTo(ArticleStatus.PUBLISHED, now);
    }

    public Long getId() { return id; }
    public ArticleStatus getStatus() { return status; }
    public Scope getScope() { return scope; }
    public Long getSourceCaseId() { return sourceCaseId; }
    public Long getAuthorId() { return authorId; }
    public Set<ClauseCategory> getCategories() { return categories; }
    public Outcome getOutcome() { return outcome; }
    public Integer getDurationMonths() { return durationMonths; }
    public Sector getSector() { return sector; }
    public Integer getYear() { return year; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getPublishedAt() { return publishedAt; }
}
