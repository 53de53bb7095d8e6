package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import org.freelance.portal.base.ui.NoteDialog;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseStatus;

/**
 * Confirms a move of the case to another status, with the reason that goes into the journal
 * (required for some moves, said before typing). A move that cannot be undone says so first.
 */
final class MoveDialog extends NoteDialog {

    private static final Set<CaseStatus> FINAL_MOVES = Set.of(CaseStatus.RESOLVED, CaseStatus.ESCALATED,
            CaseStatus.WITHDRAWN, CaseStatus.CLOSED);

    private final CaseService cases;
    private final Long caseId;
    private final CaseStatus target;
    private final Runnable moved;

    /** @param moved runs once the case has moved and the dialog is closed */
    MoveDialog(CaseService cases, Long caseId, CaseStatus from, CaseStatus target, Runnable moved) {
        this.cases = cases;
        this.caseId = caseId;
        this.target = target;
        this.moved = moved;
        setId("move-dialog");
        setHeaderTitle(getTranslation("case.move." + target.name()));
        TextArea reason = note();
        reason.setLabel(getTranslation("case.move.reason"));
        reason.setId("move-reason");
        reason.setMaxLength(CaseService.MAX_REASON_CHARS);
        boolean needed = target.needsReasonFrom(from);
        reason.setRequiredIndicatorVisible(needed);
        reason.setHelperText(getTranslation(needed ? "case.move.reason.required" : "case.move.reason.optional"));
        confirmButton().setText(getTranslation("case.move.confirm"));
        confirmButton().setId("move-confirm");
        if (FINAL_MOVES.contains(target)) {
            // these moves cannot be undone: say so before the confirmation
            Paragraph consequence = new Paragraph(getTranslation("case.move.consequence." + target.name()));
            consequence.setId("move-consequence");
            consequence.addClassName("portal-warning");
            addComponentAsFirst(consequence);
            confirmButton().addThemeVariants(ButtonVariant.ERROR);
        }
    }

    @Override
    protected void save(String reason) {
        cases.move(caseId, target, reason);
    }

    @Override
    protected void saved() {
        Notifications.success(getTranslation("case.moved", CaseLabels.label(this, target)));
        moved.run();
    }
}
