package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.BoundedUpload;
import org.freelance.portal.base.ui.DatePickers;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.CaseEnums.Channel;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseFiles;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.cases.IncompleteEntryException;
import org.freelance.portal.cases.WeakSignal;

/**
 * Adds an entry to the journal: its kind decides the fields shown, files wait on disk until the
 * entry is added, and a refusal shows on the field it is about. The page keeps one form across its
 * refreshes, so a refusal or another change of the case never loses what was typed.
 */
final class JournalEntryForm extends Composite<VerticalLayout> {

    private final ToIntFunction<NewEntry> append;
    private final Runnable added;
    final Select<EntryType> type = new Select<>();
    final DatePicker date = new DatePicker();
    final Select<Channel> channel = new Select<>();
    final Select<WeakSignal> signal = new Select<>();
    final TextField participants = new TextField();
    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final BigDecimalField amount = new BigDecimalField();
    final Select<Integer> corrects = new Select<>();
    final Span files = new Span();
    final Paragraph error = new Paragraph();
    final List<BoundedUpload.Received> pendingFiles = new ArrayList<>();
    private final Upload upload;

    /**
     * @param append adds the entry to the case and answers its number; refuses it with a {@link PortalException}
     * @param added runs once an entry was added and the form emptied
     */
    JournalEntryForm(ToIntFunction<NewEntry> append, Runnable added, Clock clock) {
        this.append = append;
        this.added = added;
        labelFields();
        date.setValue(LocalDate.now(clock));
        FormLayout form = new FormLayout(type, date, channel, signal, participants, title, amount, corrects, body);
        form.setColspan(body, 2);
        form.setColspan(title, 2);
        upload = BoundedUpload.create(CaseFiles.MAX_BYTES, 10, this::acceptFile,
                () -> showError(getTranslation("error.upload.too-large", 20)));
        upload.setId("entry-upload");
        Button add = new Button(getTranslation("case.entry.submit"), e -> add());
        add.setId("entry-submit");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        getContent().setPadding(false);
        getContent().add(form, upload, files, error, add);
        adaptToType();
    }

    private void labelFields() {
        type.setLabel(getTranslation("case.entry.type"));
        type.setId("entry-type");
        type.setItems(Arrays.stream(EntryType.values()).filter(t -> t != EntryType.STATUS_CHANGE).toList());
        type.setItemLabelGenerator(t -> CaseLabels.label(this, t));
        type.setValue(EntryType.EXCHANGE);
        type.addValueChangeListener(e -> adaptToType());
        date.setLabel(getTranslation("case.entry.date"));
        date.setId("entry-date");
        DatePickers.french(date);
        channel.setLabel(getTranslation("case.entry.channel"));
        channel.setId("entry-channel");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> CaseLabels.label(this, c));
        signal.setLabel(getTranslation("case.signal.type"));
        signal.setId("entry-signal");
        signal.setItems(WeakSignal.values());
        signal.setItemLabelGenerator(s -> CaseLabels.label(this, s));
        participants.setLabel(getTranslation("case.entry.participants.label"));
        participants.setId("entry-participants");
        participants.setMaxLength(CaseService.MAX_PARTICIPANTS_CHARS);
        title.setLabel(getTranslation("case.entry.title"));
        title.setId("entry-title");
        title.setMaxLength(CaseService.MAX_TITLE_CHARS);
        body.setLabel(getTranslation("case.entry.body"));
        body.setId("entry-body");
        body.setMaxLength(CaseService.MAX_BODY_CHARS);
        body.setMinHeight("7rem");
        amount.setLabel(getTranslation("case.entry.amount.label"));
        amount.setId("entry-amount");
        amount.setSuffixComponent(new Span("€"));
        corrects.setLabel(getTranslation("case.entry.corrects.label"));
        corrects.setId("entry-corrects");
        corrects.setEmptySelectionAllowed(true);
        corrects.setEmptySelectionCaption(getTranslation("case.entry.corrects.none"));
        corrects.setItemLabelGenerator(n -> n == null ? getTranslation("case.entry.corrects.none") : "n° " + n);
        files.setId("entry-files");
        error.setId("entry-error");
        error.addClassName("portal-error");
        error.setVisible(false);
    }

    /** The entries a new one may correct: all those of the journal shown. */
    void offerCorrections(List<Integer> sequences) {
        corrects.setItems(sequences);
    }

    private void adaptToType() {
        EntryType kind = type.getValue();
        channel.setVisible(kind == EntryType.EXCHANGE);
        signal.setVisible(kind == EntryType.WEAK_SIGNAL);
        participants.setVisible(kind == EntryType.EXCHANGE || kind == EntryType.DECISION
                || kind == EntryType.VALIDATION);
        amount.setVisible(kind == EntryType.PAYMENT_EVENT);
        date.setRequiredIndicatorVisible(kind == EntryType.EXCHANGE || kind == EntryType.WEAK_SIGNAL
                || kind == EntryType.PAYMENT_EVENT);
    }

    /** For tests: a file for the next entry as if the browser had uploaded it. */
    void acceptFile(String name, byte[] content) {
        acceptFile(BoundedUpload.store(name, content));
    }

    /** A file uploaded for the next entry: on disk until the entry is added or the page is left. */
    private void acceptFile(BoundedUpload.Received file) {
        pendingFiles.add(file);
        files.setText(getTranslation("case.entry.files", pendingFiles.stream()
                .map(BoundedUpload.Received::fileName).collect(Collectors.joining(", "))));
    }

    void discardPendingFiles() {
        pendingFiles.forEach(BoundedUpload.Received::delete);
        pendingFiles.clear();
    }

    void add() {
        clearErrors();
        NewEntry entry = new NewEntry(type.getValue(), date.getValue(),
                channel.isVisible() ? channel.getValue() : null,
                participants.isVisible() ? participants.getValue() : null, title.getValue(),
                body.getValue(), signal.isVisible() ? signal.getValue() : null,
                amount.isVisible() ? amount.getValue() : null,
                corrects.getValue(), pendingFiles.stream()
                        .map(f -> new org.freelance.portal.cases.CaseViews.Upload(f.fileName(), f.bytes())).toList());
        try {
            int sequence = append.applyAsInt(entry);
            Notifications.success(getTranslation("case.entry.added", sequence));
            title.clear();
            body.clear();
            participants.clear();
            amount.clear();
            signal.clear();
            corrects.clear();
            discardPendingFiles();
            files.setText("");
            upload.clearFileList();
            added.run();
        } catch (IncompleteEntryException incomplete) {
            markMissing(incomplete.missing());
        } catch (PortalException failure) {
            HasValidation field = switch (failure.messageKey()) {
                case "error.case.entry-date", "error.case.entry-future" -> date;
                case "error.case.amount" -> amount;
                case "error.case.corrects" -> corrects;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(UserMessages.of(failure));
                field.setInvalid(true);
            } else if (failure.messageKey().startsWith("error.upload.")) {
                // a refused file would be sent again with every try: drop the files, keep the text
                showError(UserMessages.of(failure) + " " + getTranslation("case.entry.files.dropped",
                        pendingFiles.stream().map(BoundedUpload.Received::fileName)
                                .collect(Collectors.joining(", "))));
                discardPendingFiles();
                files.setText("");
                upload.clearFileList();
            } else {
                showError(UserMessages.of(failure));
            }
        }
    }

    private void clearErrors() {
        List.<HasValidation>of(date, amount, corrects, channel, signal, title, body).forEach(f -> f.setInvalid(false));
        error.setVisible(false);
    }

    /** Marks each empty field the entry's kind needs, with what to put there; a missing file is said under the files. */
    private void markMissing(List<IncompleteEntryException.Missing> missing) {
        for (IncompleteEntryException.Missing field : missing) {
            // an entry that needs a title, a text or a file says so on both the title and the text
            IncompleteEntryException.Missing said = field == IncompleteEntryException.Missing.BODY
                    && missing.contains(IncompleteEntryException.Missing.TITLE) ? IncompleteEntryException.Missing.TITLE
                    : field;
            String message = getTranslation("case.entry.missing." + said.name().toLowerCase(Locale.ROOT));
            HasValidation target = switch (field) {
                case CHANNEL -> channel;
                case SIGNAL -> signal;
                case TITLE -> title;
                case BODY -> body;
                case FILES -> null;
            };
            if (target == null) {
                showError(message);
            } else {
                target.setErrorMessage(message);
                target.setInvalid(true);
            }
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
