package org.freelance.portal.tenant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A community of independent experts: the tenant. Its slug is the tenant identifier stamped on
 * every row it owns, so it never changes once created.
 */
@Entity
@Table(name = "community")
public class Community {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 40)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "default_language", nullable = false, length = 8)
    private String defaultLanguage;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "accent_colour", nullable = false, length = 7)
    private String accentColour;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Community() {
    }

    Community(String slug, String name, String description, String defaultLanguage, String contactEmail,
            String accentColour, Instant createdAt) {
        this.slug = slug;
        this.createdAt = createdAt;
        update(name, description, defaultLanguage, contactEmail, accentColour);
    }

    void update(String name, String description, String defaultLanguage, String contactEmail, String accentColour) {
        this.name = name;
        this.description = description;
        this.defaultLanguage = defaultLanguage;
        this.contactEmail = contactEmail;
        this.accentColour = accentColour;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    void archive(Instant now) {
        archivedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
