package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.PrivateNoteService;
import org.freelance.portal.cases.PrivateNoteService.NoteView;

/**
 * The private notes of a case for its lead and supporters (the case page shows this tab to them
 * only; the service refuses everyone else anyway): the notes, oldest first, and a field to add one.
 * A refused note stays in the field with the reason under it.
 */
class PrivateNotesPanel extends Composite<VerticalLayout> {

    private final PrivateNoteService notes;
    private final Long caseId;
    final Div list = new Div();
    final TextArea text = new TextArea();
    final Button add = new Button();

    /** @param open whether the case still takes notes (not closed) */
    PrivateNotesPanel(PrivateNoteService notes, Long caseId, boolean open) {
        this.notes = notes;
        this.caseId = caseId;
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setId("private-notes");
        Paragraph help = new Paragraph(getTranslation("case.notes.help"));
        help.addClassName("portal-muted");
        list.setId("private-note-list");
        list.addClassName("portal-timeline");
        content.add(help, list);
        if (open) {
            text.setLabel(getTranslation("case.notes.field"));
            text.setId("private-note-text");
            text.setMaxLength(PrivateNoteService.MAX_CHARS);
            text.setWidthFull();
            add.setText(getTranslation("case.notes.add"));
            add.setId("private-note-add");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.addClickListener(e -> addNote());
            content.add(text, add);
        } else {
            content.add(new Paragraph(getTranslation("case.notes.closed")));
        }
        showNotes();
    }

    void addNote() {
        try {
            notes.add(caseId, text.getValue());
            text.clear();
            text.setInvalid(false);
            Notifications.success(getTranslation("case.notes.added"));
            showNotes();
        } catch (PortalException failure) {
            text.setErrorMessage(UserMessages.of(failure));
            text.setInvalid(true);
        }
    }

    private void showNotes() {
        list.removeAll();
        var all = notes.list(caseId);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("case.notes.empty")));
        }
        for (NoteView note : all) {
            Div card = new Div();
            card.addClassName("portal-entry");
            card.setId("private-note-" + note.id());
            Span by = new Span(getTranslation("case.notes.by", note.authorName(), Formats.dateTime(note.writtenAt())));
            by.addClassName("portal-muted");
            Paragraph body = new Paragraph(note.text());
            body.getStyle().set("white-space", "pre-wrap");
            card.add(by, body);
            list.add(card);
        }
    }
}
