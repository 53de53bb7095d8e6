package org.freelance.portal.tenant;

import java.util.Set;

/** A community the signed-in person belongs to, for the switcher. */
public record MyCommunity(String slug, String name, String accentColour, boolean archived, Set<Role> roles) {
}
