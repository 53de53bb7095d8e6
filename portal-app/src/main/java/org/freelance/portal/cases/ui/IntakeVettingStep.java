package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.freelance.portal.cases.CaseEnums.VettingAnswer;
import org.freelance.portal.cases.CaseEnums.VettingItem;
import org.freelance.portal.cases.CaseIntake;

/** The intake's vetting step: for each red flag of a prospect, the answer and an optional note. */
final class IntakeVettingStep extends Composite<VerticalLayout> {

    final Map<VettingItem, RadioButtonGroup<VettingAnswer>> answers = new EnumMap<>(VettingItem.class);
    final Map<VettingItem, TextField> notes = new EnumMap<>(VettingItem.class);

    /** @param watch saves the draft when this field changes */
    IntakeVettingStep(Consumer<HasValue<?, ?>> watch) {
        VerticalLayout step = getContent();
        step.add(new Paragraph(getTranslation("case.vetting.intro")));
        step.setPadding(false);
        for (VettingItem item : VettingItem.values()) {
            RadioButtonGroup<VettingAnswer> answer = new RadioButtonGroup<>();
            answer.setId("vetting-" + item.name());
            answer.setLabel(CaseLabels.label(step, item));
            answer.setItems(VettingAnswer.values());
            answer.setItemLabelGenerator(a -> CaseLabels.label(step, a));
            TextField note = new TextField();
            note.setId("vetting-note-" + item.name());
            note.setPlaceholder(getTranslation("case.vetting.note"));
            note.setAriaLabel(getTranslation("case.vetting.note") + " — " + CaseLabels.label(step, item));
            note.setWidthFull();
            note.setMaxLength(2000);
            answers.put(item, answer);
            notes.put(item, note);
            watch.accept(answer);
            watch.accept(note);
            step.add(answer, note);
        }
    }

    void fill(Map<VettingItem, CaseIntake.Vetting> vetting) {
        vetting.forEach((item, v) -> {
            answers.get(item).setValue(v.answer());
            notes.get(item).setValue(Objects.toString(v.note(), ""));
        });
    }

    /** The items answered or noted; the others are left out. */
    Map<VettingItem, CaseIntake.Vetting> read() {
        Map<VettingItem, CaseIntake.Vetting> vetting = new EnumMap<>(VettingItem.class);
        for (VettingItem item : VettingItem.values()) {
            VettingAnswer answer = answers.get(item).getValue();
            String note = notes.get(item).getValue();
            if (answer != null || !note.isBlank()) {
                vetting.put(item, new CaseIntake.Vetting(answer, note));
            }
        }
        return vetting;
    }
}
