package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * Deletes the draft being typed, after a confirmation that says it cannot be undone, then goes back
 * to "my cases". Shown only once a draft exists.
 */
final class DraftDeleteButton extends Composite<Button> {

    private final CaseService cases;
    private final Supplier<Long> caseId;
    private final Runnable forget;

    /** {@code forget} drops what the page still holds unsaved, so leaving it then asks nothing. */
    DraftDeleteButton(CaseService cases, Supplier<Long> caseId, Runnable forget) {
        this.cases = cases;
        this.caseId = caseId;
        this.forget = forget;
        Button button = getContent();
        button.setText(getTranslation("case.draft.delete"));
        button.setIcon(VaadinIcon.TRASH.create());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        button.setId("case-delete-draft");
        button.addClickListener(e -> confirm());
        refresh();
    }

    void refresh() {
        setVisible(caseId.get() != null);
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("case.draft.delete.title"),
                getTranslation("case.draft.delete.text"), getTranslation("case.draft.delete"), e -> delete());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("case.draft.delete.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("case-delete-confirm");
        dialog.open();
    }

    private void delete() {
        try {
            cases.deleteDraft(caseId.get());
            forget.run();
            Notifications.success(getTranslation("case.draft.deleted"));
            String slug = CommunityContext.current().orElseThrow().slug();
            UI.getCurrent().navigate(CommunityContext.path(slug, CaseListView.PAGE));
        } catch (PortalException failure) {
            Notifications.error(UserMessages.of(failure));
        }
    }
}
