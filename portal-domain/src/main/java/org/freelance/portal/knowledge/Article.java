package org.freelance.portal.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.freelance.portal.knowledge.KnowledgeEnums.ArticleStatus;
import org.freelance.portal.knowledge.KnowledgeEnums.Field;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A lesson learned. The author's text may name people; the {@code published*} fields hold the
 * pseudonymised text an admin reviewed, and only they leave the author and the admins.
 */
@Entity
@Table(name = "kb_article")
@Indexed(index = "kb_article")
public class Article extends IndexedLesson {

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

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

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
        setFacts(draft.categories(), draft.outcome(), draft.durationMonths(), draft.sector(), draft.year());
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

    void moveTo(ArticleStatus target, Instant now) {
        if (target == ArticleStatus.IN_REVIEW) {
            submittedAt = now;
        }
        status = target;
        updatedAt = now;
    }

    void publish(Scope chosen, java.util.Map<Field, String> texts, Instant now) {
        this.scope = chosen;
        setPublished(texts, now);
        moveTo(ArticleStatus.PUBLISHED, now);
    }

    public Long getId() { return id; }
    public ArticleStatus getStatus() { return status; }
    public Scope getScope() { return scope; }
    public Long getSourceCaseId() { return sourceCaseId; }
    public Long getAuthorId() { return authorId; }
    public Instant getUpdatedAt() { return updatedAt; }
}
