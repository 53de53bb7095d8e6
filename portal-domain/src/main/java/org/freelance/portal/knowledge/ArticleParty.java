package org.freelance.portal.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.knowledge.pseudonym.KnownParty;
import org.freelance.portal.knowledge.pseudonym.PartyRole;

/** A party of the story the pseudonymiser must hide, with the alias the reviewer may choose. */
@Entity
@Table(name = "kb_party")
public class ArticleParty extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private Long articleId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartyRole role;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean organisation;

    @Column(columnDefinition = "text")
    private String emails;

    @Column(columnDefinition = "text")
    private String phones;

    @Column(length = 100)
    private String alias;

    protected ArticleParty() {
    }

    ArticleParty(Long articleId, int position, KnownParty party) {
        this.articleId = articleId;
        this.position = position;
        this.role = party.role() == null ? PartyRole.OTHER : party.role();
        this.name = party.name();
        this.organisation = party.organisation();
        this.emails = String.join("\n", party.emails());
        this.phones = String.join("\n", party.phones());
        this.alias = party.alias();
    }

    KnownParty toKnownParty() {
        return new KnownParty(role, name, organisation, lines(emails), lines(phones), alias);
    }

    void alias(String chosen) {
        this.alias = chosen;
    }

    private static List<String> lines(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split("\n")).toList();
    }

    public Long getId() { return id; }
    public Long getArticleId() { return articleId; }
}
