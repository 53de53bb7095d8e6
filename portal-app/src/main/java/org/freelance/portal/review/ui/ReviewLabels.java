package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.analysis.ContractLanguage;
import org.freelance.portal.review.analysis.FindingTexts;
import org.freelance.portal.review.analysis.FindingType;
import org.freelance.portal.review.analysis.Severity;

/** Names and badges of the review vocabulary, in the UI's language. */
final class ReviewLabels {

    private static final FindingTexts CATALOGUE = new FindingTexts();

    private ReviewLabels() {
    }

    static Span severityBadge(Component translator, Severity severity) {
        Span badge = new Span(translator.getTranslation("severity." + severity.name()));
        badge.addClassNames("portal-badge", "portal-severity-" + severity.name().toLowerCase());
        return badge;
    }

    /** A finding's short name: the expert's title, else its type's name, else its category's. */
    static String findingName(Component translator, FindingView finding) {
        if (finding.title() != null && !finding.title().isBlank()) {
            return finding.title();
        }
        return finding.type() != null ? translator.getTranslation("type." + finding.type().name())
                : translator.getTranslation("category." + finding.category().name());
    }

    static ContractLanguage language(Component translator) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui != null && "en".equals(ui.getLocale().getLanguage()) ? ContractLanguage.EN : ContractLanguage.FR;
    }

    static String explanation(Component translator, FindingType type) {
        return CATALOGUE.explanation(type, language(translator));
    }

    /** The balanced rewrite in the contract's own language (it is meant to be pasted into it). */
    static String rewrite(FindingType type, ContractLanguage contractLanguage) {
        return CATALOGUE.rewrite(type, contractLanguage);
    }
}
