package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.freelance.portal.cases.CaseIntake;

/** The intake's scoping step: measurable objectives, the phases with their deadlines, the roles and what is out of scope. */
final class IntakeScopingStep extends Composite<VerticalLayout> {

    private final Consumer<HasValue<?, ?>> watch;
    private final Runnable changed;
    final TextArea objectives = new TextArea();
    final VerticalLayout phaseRows = new VerticalLayout();
    final List<PhaseRow> phases = new ArrayList<>();
    final TextArea roles = new TextArea();
    final TextArea outOfScope = new TextArea();

    /**
     * @param watch saves the draft when this field changes
     * @param changed saves the draft after a phase was removed
     */
    IntakeScopingStep(Consumer<HasValue<?, ?>> watch, Runnable changed) {
        this.watch = watch;
        this.changed = changed;
        objectives.setLabel(getTranslation("case.field.objectives"));
        objectives.setId("case-objectives");
        objectives.setHelperText(getTranslation("case.field.objectives.help"));
        objectives.setWidthFull();
        roles.setLabel(getTranslation("case.field.roles"));
        roles.setId("case-roles");
        roles.setWidthFull();
        outOfScope.setLabel(getTranslation("case.field.out-of-scope"));
        outOfScope.setId("case-out-of-scope");
        outOfScope.setWidthFull();
        List.of(objectives, roles, outOfScope).forEach(f -> f.setMaxLength(8000));
        List.<HasValue<?, ?>>of(objectives, roles, outOfScope).forEach(watch);
        phaseRows.setPadding(false);
        phaseRows.setId("case-phases");
        Button addPhase = new Button(getTranslation("case.phase.add"), VaadinIcon.PLUS.create(),
                e -> addPhase(new CaseIntake.Phase(null, null)));
        addPhase.setId("case-phase-add");
        VerticalLayout step = getContent();
        step.add(objectives, new H3(getTranslation("case.phases")), phaseRows, addPhase, roles, outOfScope);
        step.setPadding(false);
    }

    PhaseRow addPhase(CaseIntake.Phase phase) {
        PhaseRow row = new PhaseRow(phase, watch, removed -> {
            phases.remove(removed);
            phaseRows.remove(removed);
            changed.run();
        });
        phases.add(row);
        phaseRows.add(row);
        return row;
    }

    void fill(CaseIntake.Scoping scoping) {
        objectives.setValue(Objects.toString(scoping.objectives(), ""));
        scoping.phases().forEach(this::addPhase);
        roles.setValue(Objects.toString(scoping.roles(), ""));
        outOfScope.setValue(Objects.toString(scoping.outOfScope(), ""));
    }

    CaseIntake.Scoping read() {
        return new CaseIntake.Scoping(objectives.getValue(), phases.stream().map(PhaseRow::value).toList(),
                roles.getValue(), outOfScope.getValue());
    }
}
