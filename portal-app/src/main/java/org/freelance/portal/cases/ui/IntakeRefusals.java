package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.StepSheet;
import org.freelance.portal.base.ui.UserMessages;

/**
 * Where the intake's refusals show: on the field a refusal is about, and on submit in the step that
 * holds it; nothing typed is touched. Also keeps the fields whose last typed value a save refused,
 * marked until a later save accepts them.
 */
final class IntakeRefusals {

    private final TextField title;
    private final IntakeClientStep client;
    private final IntakeMissionStep mission;
    private final IntakeProblemStep problem;
    private final StepSheet steps;
    /** Fields whose last typed value the save refused: marked, and named in the save status. */
    private final Set<HasValidation> refused = new LinkedHashSet<>();

    IntakeRefusals(TextField title, IntakeClientStep client, IntakeMissionStep mission, IntakeProblemStep problem,
            StepSheet steps) {
        this.title = title;
        this.client = client;
        this.mission = mission;
        this.problem = problem;
        this.steps = steps;
    }

    private record Target(HasValidation field, int step) {
    }

    /** The field a refusal is about and the step holding it (-1 for the title, above the steps); null if none. */
    private Target targetOf(String key) {
        return switch (key) {
            case "error.case.title" -> new Target(title, -1);
            case "error.case.client-name" -> new Target(client.name, CaseIntakeView.STEP_CLIENT);
            case "error.company.identifier" -> new Target(client.identifier, CaseIntakeView.STEP_CLIENT);
            case "error.case.contact-name", "error.case.contact-email", "error.case.contact-phone" ->
                    new Target(null, CaseIntakeView.STEP_CLIENT);
            case "error.case.mission-object" -> new Target(mission.object, CaseIntakeView.STEP_MISSION);
            case "error.case.mission-dates" -> new Target(mission.end, CaseIntakeView.STEP_MISSION);
            case "error.case.amount" -> new Target(mission.amount, CaseIntakeView.STEP_MISSION);
            case "error.case.review-request" -> new Target(mission.reviewRequest, CaseIntakeView.STEP_MISSION);
            case "error.case.problem-category" -> new Target(problem.category, CaseIntakeView.STEP_PROBLEM);
            case "error.case.problem-description" -> new Target(problem.description, CaseIntakeView.STEP_PROBLEM);
            case "error.case.urgency" -> new Target(problem.urgency, CaseIntakeView.STEP_PROBLEM);
            default -> null;
        };
    }

    /** Marks the fields refused by this save and clears the marks of those it accepted again. */
    void markRefused(List<String> keys) {
        refused.forEach(f -> f.setInvalid(false));
        refused.clear();
        for (String key : keys) {
            Target target = targetOf(key);
            if (target != null && target.field() != null) {
                target.field().setErrorMessage(UserMessages.of(new PortalException(key)));
                target.field().setInvalid(true);
                refused.add(target.field());
            }
        }
    }

    boolean anyRefused() {
        return !refused.isEmpty();
    }

    /** The labels of the refused fields, to name them in the save status. */
    String refusedLabels() {
        return refused.stream().map(f -> ((HasLabel) f).getLabel()).collect(Collectors.joining(", "));
    }

    /** Forgets the refused values (the draft is gone), so leaving the page asks nothing. */
    void forget() {
        refused.clear();
    }

    /** Opens the step of the first field the save refused, if it is in a step. */
    void openFirstRefused() {
        refused.stream().findFirst().map(this::stepOf).filter(step -> step >= 0).ifPresent(steps::setSelectedIndex);
    }

    /** The step holding a field that can be refused while saving (only the amount today). */
    private int stepOf(HasValidation field) {
        return field == mission.amount ? CaseIntakeView.STEP_MISSION : -1;
    }

    /** Clears the marks of an earlier submit, before trying again. */
    void clear() {
        List.<HasValidation>of(title, client.name, client.identifier, mission.object, mission.end, mission.amount,
                mission.reviewRequest, problem.category, problem.description, problem.urgency)
                .forEach(f -> f.setInvalid(false));
        client.contactsError.setVisible(false);
    }

    /**
     * Puts the refusal on its field and, when {@code open}, opens the step holding it (on submit,
     * not while the user types elsewhere); a refusal about no field is a notification.
     */
    void show(PortalException failure, boolean open) {
        String message = UserMessages.of(failure);
        Target target = targetOf(failure.messageKey());
        if (target == null) {
            Notifications.error(message);
            return;
        }
        if (target.field() != null) {
            target.field().setErrorMessage(message);
            target.field().setInvalid(true);
        } else {
            client.showContactsError(message);
        }
        if (open && target.step() >= 0) {
            steps.setSelectedIndex(target.step());
        }
    }
}
