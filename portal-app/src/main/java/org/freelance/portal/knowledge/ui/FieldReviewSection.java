package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import org.freelance.portal.knowledge.KnowledgeViews.FieldReview;
import org.freelance.portal.knowledge.KnowledgeViews.ReplacementView;

/**
 * One field of an article under review: the author's text with every replacement marked (kept or
 * undone), beside it the text as it would be published, and a switch per replacement for the admin.
 */
class FieldReviewSection extends Composite<VerticalLayout> {

    /** @param keep called with a replacement's id and whether it is now kept, when the admin switches it */
    FieldReviewSection(FieldReview f, boolean canModerate, BiConsumer<Long, Boolean> keep) {
        VerticalLayout section = getContent();
        section.setPadding(false);
        section.setId("kb-field-" + f.field().name());
        section.add(new H3(getTranslation("kb.field." + f.field().name())));
        List<ReplacementView> ordered = f.replacements().stream()
                .sorted(Comparator.comparingInt(ReplacementView::start)).toList();
        section.add(sideBySide(original(f, ordered), f));
        section.add(new H4(getTranslation("kb.review.replacements")));
        if (f.replacements().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("kb.review.none"));
            none.addClassName("portal-muted");
            section.add(none);
        }
        for (ReplacementView r : ordered) {
            Checkbox kept = new Checkbox(getTranslation("kb.review.replacement", r.original(), r.replacement())
                    + " (" + getTranslation("kb.review.kind." + r.kind().name())
                    + (r.manual() ? ", " + getTranslation("kb.review.manual") : "") + ")");
            kept.setId("kb-keep-" + r.id());
            kept.setValue(r.kept());
            kept.setReadOnly(!canModerate);
            kept.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    keep.accept(r.id(), e.getValue());
                }
            });
            section.add(kept);
        }
    }

    /** The author's text, each replacement's passage marked (overlapping ones after the first are left out). */
    private static Paragraph original(FieldReview f, List<ReplacementView> ordered) {
        Paragraph original = new Paragraph();
        original.setId("kb-original-" + f.field().name());
        original.getStyle().set("white-space", "pre-line");
        int at = 0;
        String text = f.original();
        for (ReplacementView r : ordered) {
            if (r.start() < at || r.end() > text.length()) {
                continue;
            }
            if (r.start() > at) {
                original.add(new Text(text.substring(at, r.start())));
            }
            Span span = new Span(text.substring(r.start(), r.end()));
            span.addClassName(r.kept() ? "portal-kb-kept" : "portal-kb-undone");
            span.getElement().setAttribute("title", "→ " + r.replacement());
            span.getStyle().set("background", r.kept() ? "var(--lumo-success-color-10pct)"
                    : "var(--lumo-contrast-10pct)").set("text-decoration", r.kept() ? "none" : "line-through");
            original.add(span);
            at = r.end();
        }
        if (at < text.length()) {
            original.add(new Text(text.substring(at)));
        }
        return original;
    }

    /** The author's text with its replacements marked, and beside it (below on a narrow screen) the published text. */
    private Component sideBySide(Paragraph original, FieldReview f) {
        Paragraph preview = new Paragraph(f.preview());
        preview.setId("kb-preview-" + f.field().name());
        preview.getStyle().set("white-space", "pre-line");
        preview.addClassName("portal-card");
        Div left = new Div(new H4(getTranslation("kb.review.original")), original);
        Div right = new Div(new H4(getTranslation("kb.review.preview")), preview);
        left.getStyle().set("flex", "1 1 24rem").set("min-width", "0");
        right.getStyle().set("flex", "1 1 24rem").set("min-width", "0");
        FlexLayout row = new FlexLayout(left, right);
        row.setWidthFull();
        row.getStyle().set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        return row;
    }
}
