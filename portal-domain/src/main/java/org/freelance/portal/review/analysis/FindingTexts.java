package org.freelance.portal.review.analysis;

import java.util.Locale;
import java.util.ResourceBundle;

/** Explanations and balanced rewrites of findings, from {@code review/findings.properties} (French) and {@code _en}. */
public final class FindingTexts {

    private final ResourceBundle french;
    private final ResourceBundle english;

    public FindingTexts() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        french = ResourceBundle.getBundle("review.findings", Locale.ROOT, noFallback);
        english = ResourceBundle.getBundle("review.findings", Locale.ENGLISH, noFallback);
    }

    public String explanation(FindingType type, ContractLanguage language) {
        return bundle(language).getString(type.name() + ".explanation");
    }

    public String rewrite(FindingType type, ContractLanguage language) {
        return bundle(language).getString(type.name() + ".rewrite");
    }

    private ResourceBundle bundle(ContractLanguage language) {
        return language == ContractLanguage.EN ? english : french;
    }
}
