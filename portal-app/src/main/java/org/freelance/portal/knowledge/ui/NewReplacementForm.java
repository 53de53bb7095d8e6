package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.knowledge.KnowledgeEnums.Field;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleReview;
import org.freelance.portal.knowledge.KnowledgeViews.FieldReview;

/**
 * A replacement the admin adds by hand: a passage of one field (its first occurrence that no kept
 * replacement covers) and what to write instead. It lives across the page's refreshes, so a refusal
 * never loses what was typed.
 */
class NewReplacementForm extends Composite<HorizontalLayout> {

    final Select<Field> field = new Select<>();
    final TextField passage = new TextField();
    final TextField with = new TextField();
    final Button add = new Button();
    private final KnowledgeService knowledge;
    private final Runnable added;
    private ArticleReview review;

    NewReplacementForm(KnowledgeService knowledge, Runnable added) {
        this.knowledge = knowledge;
        this.added = added;
        field.setId("kb-add-field");
        field.setLabel(getTranslation("kb.review.add.field"));
        field.setItems(Field.values());
        field.setItemLabelGenerator(f -> getTranslation("kb.field." + f.name()));
        field.setValue(Field.WHAT_HAPPENED);
        passage.setId("kb-add-passage");
        passage.setLabel(getTranslation("kb.review.add.passage"));
        passage.setWidth("20rem");
        with.setId("kb-add-with");
        with.setLabel(getTranslation("kb.review.add.with"));
        add.setText(getTranslation("kb.review.add.confirm"));
        add.setId("kb-add");
        add.addClickListener(e -> addReplacement());
        HorizontalLayout form = getContent();
        form.add(field, passage, with, add);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
    }

    /** The article as the page shows it now: the passage is looked for in its texts. */
    void show(ArticleReview review) {
        this.review = review;
    }

    void addReplacement() {
        passage.setInvalid(false);
        Field chosen = field.getValue();
        String typed = passage.getValue();
        FieldReview f = chosen == null ? null : review.fields().get(chosen);
        int start = -1;
        if (f != null && !typed.isEmpty()) {
            for (int i = f.original().indexOf(typed); i >= 0; i = f.original().indexOf(typed, i + 1)) {
                int s = i;
                boolean covered = f.replacements().stream()
                        .anyMatch(r -> r.kept() && r.start() < s + typed.length() && r.end() > s);
                if (!covered) {
                    start = i;
                    break;
                }
            }
        }
        try {
            if (start < 0) {
                throw new PortalException("error.kb.span");
            }
            knowledge.addReplacement(review.id(), chosen, start, start + typed.length(), with.getValue());
            passage.clear();
            with.clear();
            added.run();
        } catch (PortalException failure) {
            passage.setErrorMessage(UserMessages.of(failure));
            passage.setInvalid(true);
        }
    }
}
