package org.freelance.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The body shared by the error pages: a title, a sentence, and the way home. */
final class ErrorViews {

    private ErrorViews() {
    }

    static void fill(VerticalLayout page, String title, String text) {
        page.removeAll();
        page.addClassName("portal-page");
        page.setId("error-page");
        page.add(new H2(title), new Paragraph(text), new Anchor("", page.getTranslation("error.home")));
    }
}
