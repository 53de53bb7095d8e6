package org.freelance.portal.tenant;

import java.time.Instant;

/** A read-only picture of a community for screens. */
public record CommunityView(Long id, String slug, String name, String description, String defaultLanguage,
        String contactEmail, String accentColour, boolean archived, Instant createdAt) {

    static CommunityView of(Community c) {
        return new CommunityView(c.getId(), c.getSlug(), c.getName(), c.getDescription(), c.getDefaultLanguage(),
                c.getContactEmail(), c.getAccentColour(), c.isArchived(), c.getCreatedAt());
    }
}
