package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.review.ReviewEnums.Verdict;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.ExpertReviewView;

/**
 * The expert's own verdict: empty until sent, then showing what was sent and editable until the
 * requester acts on it (the service decides: {@link ExpertReviewView#locked()}), then read-only.
 * A refused submission keeps what was chosen and typed.
 */
class VerdictForm extends Composite<VerticalLayout> {

    VerdictForm(ReviewService reviews, Long requestId, ExpertReviewView mine, Runnable sent) {
        VerticalLayout form = getContent();
        form.setPadding(false);
        form.setId("verdict-form");
        boolean given = mine != null && mine.verdict() != null;
        boolean locked = given && mine.locked();
        H4 title = new H4(given ? getTranslation("review.verdict.mine.sent", Formats.dateTime(mine.submittedAt()))
                : getTranslation("review.verdict.mine"));
        RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>(getTranslation("review.verdict"));
        verdict.setId("verdict-choice");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> getTranslation("review.verdict." + v.name()));
        TextArea summary = new TextArea(getTranslation("review.verdict.summary"));
        summary.setMaxLength(ReviewService.MAX_SUMMARY_CHARS);
        summary.setId("verdict-summary");
        summary.setWidthFull();
        summary.setMinHeight("8rem");
        if (given) {
            verdict.setValue(mine.verdict());
            summary.setValue(mine.summary() == null ? "" : mine.summary());
        }
        form.add(title, verdict, summary);
        if (locked) {
            verdict.setReadOnly(true);
            summary.setReadOnly(true);
            Paragraph note = new Paragraph(getTranslation("review.verdict.locked"));
            note.setId("verdict-locked");
            note.addClassName("portal-muted");
            form.add(note);
            return;
        }
        Button submit = new Button(getTranslation(given ? "review.verdict.update" : "review.verdict.submit"), e -> {
            try {
                reviews.submitVerdict(requestId, verdict.getValue(), summary.getValue());
                Notifications.success(getTranslation(given ? "review.verdict.updated" : "review.verdict.sent"));
                sent.run();
            } catch (PortalException failure) {
                summary.setErrorMessage(UserMessages.of(failure));
                summary.setInvalid(true);
            }
        });
        submit.setId("verdict-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        if (given) {
            Paragraph editable = new Paragraph(getTranslation("review.verdict.editable"));
            editable.addClassName("portal-muted");
            form.add(editable);
        }
        form.add(submit);
    }
}
