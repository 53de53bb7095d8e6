package org.freelance.portal.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.freelance.portal.base.SearchAnalyzers;
import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.knowledge.KnowledgeEnums.Field;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * What the knowledge search indexes of a lesson learned, in one place for the community's
 * {@link Article} and the shared catalogue's {@link CatalogueEntry}: the published (pseudonymised)
 * text in French and English analysis, and the facts it is filtered and faceted by. Both indexes
 * have the same fields, so {@link KnowledgeSearch} runs the same query on either.
 */
@MappedSuperclass
abstract class IndexedLesson extends TenantScopedEntity {

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
    @Column(name = "published_at")
    private Instant publishedAt;

    /** The published text of one field, null until published. */
    String published(Field field) {
        return switch (field) {
            case TITLE -> publishedTitle;
            case CONTEXT -> publishedContext;
            case WHAT_HAPPENED -> publishedWhatHappened;
            case WHAT_WORKED -> publishedWhatWorked;
            case NEXT_TIME -> publishedNextTime;
        };
    }

    void setPublished(Map<Field, String> texts, Instant at) {
        this.publishedTitle = texts.get(Field.TITLE);
        this.publishedContext = texts.get(Field.CONTEXT);
        this.publishedWhatHappened = texts.get(Field.WHAT_HAPPENED);
        this.publishedWhatWorked = texts.get(Field.WHAT_WORKED);
        this.publishedNextTime = texts.get(Field.NEXT_TIME);
        this.publishedAt = at;
    }

    void setFacts(Set<ClauseCategory> categories, Outcome outcome, Integer durationMonths, Sector sector,
            Integer year) {
        this.categories = categories.isEmpty() ? EnumSet.noneOf(ClauseCategory.class) : EnumSet.copyOf(categories);
        this.outcome = outcome;
        this.durationMonths = durationMonths;
        this.sector = sector;
        this.year = year;
    }

    /** The checklist of the published "next time" field, one item a line, list marks removed. */
    List<String> publishedChecklist() {
        return publishedNextTime == null ? List.of() : java.util.Arrays.stream(publishedNextTime.split("\n"))
                .map(String::strip).map(l -> l.replaceFirst("^[-•*]\\s*", "")).filter(l -> !l.isEmpty()).toList();
    }

    public Set<ClauseCategory> getCategories() { return categories; }
    public Outcome getOutcome() { return outcome; }
    public Integer getDurationMonths() { return durationMonths; }
    public Sector getSector() { return sector; }
    public Integer getYear() { return year; }
    public Instant getPublishedAt() { return publishedAt; }
}
