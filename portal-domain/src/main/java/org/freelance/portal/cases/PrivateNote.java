package org.freelance.portal.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.freelance.portal.base.TenantScopedEntity;
import org.hibernate.annotations.Immutable;

/**
 * A working note of a case's lead or supporter, kept apart from the journal: the freelancer never
 * sees it and it is not evidence. Immutable: a note is never edited or deleted, a later note says
 * what changed.
 */
@Entity
@Immutable
@Table(name = "case_private_note")
public class PrivateNote extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected PrivateNote() {
    }

    PrivateNote(Long caseId, Long authorId, String authorName, String body, Instant writtenAt) {
        this.caseId = caseId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public Long getId() { return id; }
    public String getAuthorName() { return authorName; }
    public String getBody() { return body; }
    public Instant getWrittenAt() { return writtenAt; }
}
