package org.freelance.portal.base.ui;

import java.util.Optional;

/** The language stored in the signed-in person's profile, if any (provided by the identity feature). */
public interface PreferredLanguage {

    Optional<String> ofSignedInUser();
}
