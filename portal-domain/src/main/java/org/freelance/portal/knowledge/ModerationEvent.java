package org.freelance.portal.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.knowledge.KnowledgeEnums.ModerationAction;
import org.hibernate.annotations.Immutable;

/** One line of an article's moderation log: who did what, when, and why. */
@Entity
@Immutable
@Table(name = "kb_moderation")
public class ModerationEvent extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "actor_id", nullable = false)
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ModerationAction action;

    @Column(columnDefinition = "text")
    private String note;

    @Column(nullable = false)
    private Instant at;

    protected ModerationEvent() {
    }

    ModerationEvent(Long articleId, Long actorId, ModerationAction action, String note, Instant at) {
        this.articleId = articleId;
        this.actorId = actorId;
        this.action = action;
        this.note = note;
        this.at = at;
    }

    public Long getActorId() { return actorId; }
    public ModerationAction getAction() { return action; }
    public String getNote() { return note; }
    public Instant getAt() { return at; }
}
