package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.knowledge.KnowledgeService;

/** The admin gives an article back to its author with a note (required) saying what to change. */
class ReturnToAuthorDialog extends Dialog {

    ReturnToAuthorDialog(KnowledgeService knowledge, Long articleId, Runnable returned) {
        setId("kb-return-dialog");
        setHeaderTitle(getTranslation("kb.review.return"));
        TextArea note = new TextArea(getTranslation("kb.review.return.note"));
        note.setId("kb-return-note");
        note.setMaxLength(KnowledgeService.MAX_NOTE_CHARS);
        note.setWidthFull();
        note.setRequiredIndicatorVisible(true);
        Button confirm = new Button(getTranslation("kb.review.return"), e -> {
            try {
                knowledge.returnToAuthor(articleId, note.getValue());
                close();
                Notifications.success(getTranslation("kb.review.returned"));
                returned.run();
            } catch (PortalException failure) {
                note.setErrorMessage(UserMessages.of(failure));
                note.setInvalid(true);
            }
        });
        confirm.setId("kb-return-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        add(note);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("32rem");
    }
}
