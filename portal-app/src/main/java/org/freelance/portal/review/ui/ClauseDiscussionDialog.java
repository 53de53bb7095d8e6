package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.CommentView;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.review.analysis.Clause;

/**
 * The discussion on one clause: its messages of every version (an earlier one says which) and a new
 * message. A refused message stays in the field with the reason.
 */
class ClauseDiscussionDialog extends Dialog {

    ClauseDiscussionDialog(ReviewService reviews, RequestDetail detail, Clause clause, Runnable sent) {
        setHeaderTitle(getTranslation("review.discussion.title",
                (clause.number().isEmpty() ? "" : clause.number() + " ") + clause.heading()));
        setId("discussion-dialog");
        VerticalLayout thread = new VerticalLayout();
        thread.setPadding(false);
        List<CommentView> messages = detail.comments().stream().filter(c -> c.clauseIndex() == clause.index()).toList();
        if (messages.isEmpty()) {
            thread.add(new Paragraph(getTranslation("review.discussion.empty")));
        }
        messages.forEach(c -> {
            Paragraph who = new Paragraph(c.authorName() + " · " + Formats.dateTime(c.at())
                    + (c.versionNumber() != detail.shown().number() ? " · v" + c.versionNumber() : ""));
            who.addClassName("portal-muted");
            thread.add(who, new Paragraph(c.body()));
        });
        TextArea message = new TextArea(getTranslation("review.discussion.message"));
        message.setId("discussion-message");
        message.setMaxLength(ReviewService.MAX_COMMENT_CHARS);
        message.setWidthFull();
        Button send = new Button(getTranslation("review.discussion.send"), e -> {
            try {
                reviews.comment(detail.id(), clause.index(), message.getValue());
                close();
                sent.run();
            } catch (PortalException failure) {
                message.setErrorMessage(UserMessages.of(failure));
                message.setInvalid(true);
            }
        });
        send.setId("discussion-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        add(thread, message);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), send);
        setWidth("40rem");
    }
}
