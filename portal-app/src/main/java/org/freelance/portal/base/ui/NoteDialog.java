package org.freelance.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.freelance.portal.base.PortalException;

/**
 * A dialog that asks for one text (a reason, a note) and saves it. A refusal of the service shows
 * under the text and keeps the dialog open with what was typed; cancelling saves nothing. The
 * subclass names the dialog, labels the text and says what saving does.
 */
public abstract class NoteDialog extends Dialog {

    private final TextArea note = new TextArea();
    private final Button confirm = new Button();

    protected NoteDialog() {
        note.setWidthFull();
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirm());
        add(note);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("32rem");
    }

    /** Saves the text typed; a {@link PortalException} refuses it and the dialog stays open. */
    protected abstract void save(String text);

    /** What follows a save, once the dialog is closed (a message, a refreshed page). */
    protected void saved() {
    }

    /** The text asked for, to label, limit and name. */
    protected TextArea note() {
        return note;
    }

    /** The button that saves, to label and name. */
    protected Button confirmButton() {
        return confirm;
    }

    private void confirm() {
        try {
            save(note.getValue());
        } catch (PortalException failure) {
            note.setErrorMessage(UserMessages.of(failure));
            note.setInvalid(true);
            return;
        }
        close();
        saved();
    }
}
