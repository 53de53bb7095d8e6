package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.DatePickers;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.cases.WeakSignal;

/**
 * Records a weak signal (a journal entry of that kind) from the signals tab: the signal, the day it
 * was noticed and what shows it. Kept by the page across its refreshes, like the entry form, so a
 * refusal never loses what was typed.
 */
final class WeakSignalForm extends Composite<VerticalLayout> {

    private final ToIntFunction<NewEntry> append;
    private final Runnable added;
    final Select<WeakSignal> type = new Select<>();
    final DatePicker date = new DatePicker();
    final TextArea evidence = new TextArea();

    /**
     * @param append adds the entry to the case; refuses it with a {@link PortalException}
     * @param added runs once the signal was recorded and the form emptied
     */
    WeakSignalForm(ToIntFunction<NewEntry> append, Runnable added, Clock clock) {
        this.append = append;
        this.added = added;
        type.setLabel(getTranslation("case.signal.type"));
        type.setId("signal-type");
        type.setItems(WeakSignal.values());
        type.setItemLabelGenerator(s -> CaseLabels.label(this, s));
        date.setLabel(getTranslation("case.signal.date"));
        date.setId("signal-date");
        DatePickers.french(date);
        date.setValue(LocalDate.now(clock));
        evidence.setLabel(getTranslation("case.signal.evidence"));
        evidence.setId("signal-evidence");
        evidence.setWidthFull();
        Button add = new Button(getTranslation("case.signal.add"), e -> add());
        add.setId("signal-submit");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(type, date, evidence);
        form.setColspan(evidence, 2);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("case.signal.add")), form, add);
    }

    void add() {
        type.setInvalid(false);
        date.setInvalid(false);
        if (type.getValue() == null) {
            type.setErrorMessage(getTranslation("case.signal.type.required"));
            type.setInvalid(true);
            return;
        }
        try {
            append.applyAsInt(new NewEntry(EntryType.WEAK_SIGNAL, date.getValue(), null, null, null,
                    evidence.getValue(), type.getValue(), null, null, List.of()));
            Notifications.success(getTranslation("case.signal.added"));
            type.clear();
            evidence.clear();
            added.run();
        } catch (PortalException failure) {
            date.setErrorMessage(UserMessages.of(failure));
            date.setInvalid(true);
        }
    }
}
