package org.freelance.portal.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.knowledge.KnowledgeEnums.Field;
import org.freelance.portal.knowledge.pseudonym.EntityKind;
import org.freelance.portal.knowledge.pseudonym.Replacement;

/** A replacement in one field, proposed by the pseudonymiser or added by the reviewer; kept or undone. */
@Entity
@Table(name = "kb_replacement")
public class ArticleReplacement extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private Long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Field field;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false, length = 1000)
    private String original;

    @Column(nullable = false, length = 300)
    private String replacement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntityKind kind;

    @Column(nullable = false)
    private boolean manual;

    @Column(nullable = false)
    private boolean kept = true;

    protected ArticleReplacement() {
    }

    ArticleReplacement(Long articleId, Field field, Replacement r, boolean manual) {
        this.articleId = articleId;
        this.field = field;
        this.start = r.start();
        this.end = r.end();
        this.original = r.original().length() > 1000 ? r.original().substring(0, 1000) : r.original();
        this.replacement = r.replacement().length() > 300 ? r.replacement().substring(0, 300) : r.replacement();
        this.kind = r.kind();
        this.manual = manual;
    }

    Replacement toReplacement() {
        return new Replacement(start, end, original, replacement, kind);
    }

    void keep(boolean keep) {
        this.kept = keep;
    }

    public Long getId() { return id; }
    public Long getArticleId() { return articleId; }
    public Field getField() { return field; }
    public int getStart() { return start; }
    public int getEnd() { return end; }
    public String getOriginal() { return original; }
    public String getReplacement() { return replacement; }
    public EntityKind getKind() { return kind; }
    public boolean isManual() { return manual; }
    public boolean isKept() { return kept; }
}
