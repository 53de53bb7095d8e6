package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.freelance.portal.cases.CaseStatus;

/** Status badges and enum labels shared by the case screens (keys {@code case.<enum>.<NAME>}). */
final class CaseLabels {

    private CaseLabels() {
    }

    static String label(Component c, Enum<?> value) {
        if (value == null) {
            return "";
        }
        return c.getTranslation("case." + value.getDeclaringClass().getSimpleName().toLowerCase() + "." + value.name());
    }

    static Span status(Component c, CaseStatus status) {
        Span badge = new Span(label(c, status));
        badge.getElement().getThemeList().add("badge");
        switch (status) {
            case DRAFT, WITHDRAWN, CLOSED -> badge.getElement().getThemeList().add("contrast");
            case RESOLVED -> badge.getElement().getThemeList().add("success");
            case ESCALATED -> badge.getElement().getThemeList().add("error");
            default -> { }
        }
        return badge;
    }
}
