package org.freelance.portal.tenant;

/**
 * What the operator types to create a community.
 *
 * @param firstAdminEmail optional: this person is invited as the community's first admin
 */
public record NewCommunity(String name, String slug, String description, String defaultLanguage,
        String contactEmail, String accentColour, String firstAdminEmail) {
}
