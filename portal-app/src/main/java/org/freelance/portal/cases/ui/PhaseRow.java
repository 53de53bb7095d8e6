package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import java.util.function.Consumer;
import org.freelance.portal.base.ui.DatePickers;
import org.freelance.portal.cases.CaseIntake;

/** A line of the intake's phases list; each field is watched by the page and the bin removes the line. */
final class PhaseRow extends HorizontalLayout {
    final TextField name = new TextField();
    final DatePicker deadline = new DatePicker();

    PhaseRow(CaseIntake.Phase phase, Consumer<HasValue<?, ?>> watch, Consumer<PhaseRow> remove) {
        name.setPlaceholder(getTranslation("case.phase.name"));
        name.setAriaLabel(getTranslation("case.phase.name"));
        deadline.setPlaceholder(getTranslation("case.phase.deadline"));
        deadline.setAriaLabel(getTranslation("case.phase.deadline"));
        name.setMaxLength(200);
        DatePickers.french(deadline);
        name.setValue(Objects.toString(phase.name(), ""));
        deadline.setValue(phase.deadline());
        Button bin = new Button(VaadinIcon.TRASH.create(), e -> remove.accept(this));
        bin.setAriaLabel(getTranslation("case.phase.remove"));
        bin.addThemeVariants(ButtonVariant.TERTIARY);
        add(name, deadline, bin);
        watch.accept(name);
        watch.accept(deadline);
    }

    CaseIntake.Phase value() {
        return new CaseIntake.Phase(name.getValue(), deadline.getValue());
    }
}
