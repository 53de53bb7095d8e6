package org.freelance.portal.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.freelance.portal.review.ReviewEnums.PointStatus;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.NegotiationItem;

/** The requester's note on one negotiation point (what the client answered, when, in writing or not). */
class PointNoteDialog extends Dialog {

    PointNoteDialog(ReviewService reviews, Long requestId, NegotiationItem item, Runnable saved) {
        setHeaderTitle(getTranslation("review.point.note"));
        TextArea note = new TextArea();
        note.setMaxLength(ReviewService.MAX_NOTE_CHARS);
        note.setValue(item.note() == null ? "" : item.note());
        note.setWidthFull();
        Button save = new Button(getTranslation("action.save"), e -> {
            // the status may have changed in its select since the grid was built: keep the one saved
            PointStatus status = reviews.negotiationList(requestId).stream().filter(i -> i.key().equals(item.key()))
                    .map(NegotiationItem::status).findFirst().orElse(item.status());
            reviews.markPoint(requestId, item.key(), status, note.getValue());
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(note);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("32rem");
    }
}
