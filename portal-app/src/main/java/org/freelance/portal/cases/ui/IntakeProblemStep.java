package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseIntake;

/** The intake's last step: the kind of problem, what happened, the outcome wished for and how urgent it is. */
final class IntakeProblemStep extends Composite<VerticalLayout> {

    final Select<ProblemCategory> category = new Select<>();
    final TextArea description = new TextArea();
    final TextArea desiredOutcome = new TextArea();
    final RadioButtonGroup<Urgency> urgency = new RadioButtonGroup<>();

    /** @param watch saves the draft when this field changes */
    IntakeProblemStep(Consumer<HasValue<?, ?>> watch) {
        VerticalLayout step = getContent();
        category.setLabel(getTranslation("case.field.category"));
        category.setId("case-category");
        category.setItems(ProblemCategory.values());
        category.setItemLabelGenerator(c -> CaseLabels.label(step, c));
        category.setRequiredIndicatorVisible(true);
        category.setWidthFull();
        category.setMaxWidth("24rem");
        description.setLabel(getTranslation("case.field.description"));
        description.setId("case-description");
        description.setRequiredIndicatorVisible(true);
        description.setWidthFull();
        description.setMinHeight("8rem");
        description.setMaxLength(20_000);
        desiredOutcome.setLabel(getTranslation("case.field.outcome"));
        desiredOutcome.setId("case-outcome");
        desiredOutcome.setWidthFull();
        desiredOutcome.setMaxLength(8000);
        urgency.setLabel(getTranslation("case.field.urgency"));
        urgency.setId("case-urgency");
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> CaseLabels.label(step, u));
        urgency.setRequiredIndicatorVisible(true);
        List.<HasValue<?, ?>>of(category, description, desiredOutcome, urgency).forEach(watch);
        step.add(category, description, desiredOutcome, urgency);
        step.setPadding(false);
    }

    void fill(CaseIntake.Problem problem) {
        category.setValue(problem.category());
        description.setValue(Objects.toString(problem.description(), ""));
        desiredOutcome.setValue(Objects.toString(problem.desiredOutcome(), ""));
        urgency.setValue(problem.urgency());
    }

    CaseIntake.Problem read() {
        return new CaseIntake.Problem(category.getValue(), description.getValue(), desiredOutcome.getValue(),
                urgency.getValue());
    }
}
