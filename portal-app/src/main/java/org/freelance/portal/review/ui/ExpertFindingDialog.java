package org.freelance.portal.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.review.Passages;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.review.analysis.Clause;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.review.analysis.Severity;

/**
 * An expert adds their own point on a passage of the latest version: a short title (what the
 * negotiation list shows), the passage as pasted (found whatever its line breaks and spaces, in the
 * chosen clause when one is chosen), category, severity, explanation and rewrite. Whatever is
 * refused is marked on its field and nothing typed is lost.
 */
class ExpertFindingDialog extends Dialog {

    ExpertFindingDialog(ReviewService reviews, RequestDetail detail, Runnable saved) {
        setHeaderTitle(getTranslation("review.add-finding"));
        setId("finding-dialog");
        TextField title = new TextField(getTranslation("review.point-title"));
        title.setId("finding-title");
        title.setWidthFull();
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setHelperText(getTranslation("review.point-title.help"));
        Select<Clause> clause = new Select<>();
        clause.setLabel(getTranslation("review.clause"));
        clause.setItems(detail.clauses());
        clause.setItemLabelGenerator(c -> (c.number().isEmpty() ? "" : c.number() + " ") + c.heading());
        clause.setId("finding-clause");
        TextArea excerpt = new TextArea(getTranslation("review.excerpt"));
        excerpt.setHelperText(getTranslation("review.excerpt.help"));
        excerpt.setId("finding-excerpt");
        excerpt.setWidthFull();
        Select<ClauseCategory> category = new Select<>();
        category.setLabel(getTranslation("review.category"));
        category.setItems(ClauseCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("category." + c.name()));
        category.setId("finding-category");
        RadioButtonGroup<Severity> severity = new RadioButtonGroup<>(getTranslation("review.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("severity." + s.name()));
        severity.setValue(Severity.MAJOR);
        TextArea explanation = new TextArea(getTranslation("review.explanation"));
        explanation.setMaxLength(ReviewService.MAX_COMMENT_CHARS);
        explanation.setId("finding-explanation");
        explanation.setWidthFull();
        TextArea rewrite = new TextArea(getTranslation("review.own-rewrite"));
        rewrite.setMaxLength(ReviewService.MAX_COMMENT_CHARS);
        rewrite.setId("finding-rewrite");
        rewrite.setWidthFull();
        Button save = new Button(getTranslation("action.save"), e -> {
            title.setInvalid(false);
            excerpt.setInvalid(false);
            explanation.setInvalid(false);
            Clause chosen = clause.getValue();
            String text = detail.text();
            Optional<Passages.Span> span = Passages.find(text, excerpt.getValue(), chosen == null ? 0 : chosen.start(),
                    chosen == null ? text.length() : chosen.end());
            if (span.isEmpty()) {
                excerpt.setErrorMessage(getTranslation("error.review.span"));
                excerpt.setInvalid(true);
                return;
            }
            try {
                reviews.addFinding(detail.id(), span.get().start(), span.get().end(), category.getValue(),
                        severity.getValue(), title.getValue(), explanation.getValue(), rewrite.getValue());
                close();
                saved.run();
            } catch (PortalException failure) {
                if ("error.review.point-title".equals(failure.messageKey())) {
                    title.setErrorMessage(UserMessages.of(failure));
                    title.setInvalid(true);
                } else {
                    explanation.setErrorMessage(UserMessages.of(failure));
                    explanation.setInvalid(true);
                }
            }
        });
        save.setId("finding-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new VerticalLayout(title, clause, excerpt, category, severity, explanation, rewrite));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("40rem");
    }
}
