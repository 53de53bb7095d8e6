package org.freelance.portal.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.review.ReviewEnums.Decision;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.FindingView;

/**
 * An expert confirms (with an optional comment and rewrite) or rejects (with the reason the
 * requester will read, required by the service) an automatic finding. A refusal keeps the dialog
 * open with what was typed.
 */
class AssessmentDialog extends Dialog {

    AssessmentDialog(ReviewService reviews, FindingView finding, String findingName, Decision decision, Runnable saved) {
        setHeaderTitle(getTranslation("review.decision." + decision.name()) + " · " + findingName);
        setId("assessment-dialog");
        boolean rejecting = decision == Decision.REJECTED;
        TextArea comment = new TextArea(getTranslation(rejecting ? "review.reject.reason" : "review.comment"));
        comment.setMaxLength(ReviewService.MAX_COMMENT_CHARS);
        comment.setId("assessment-comment");
        comment.setWidthFull();
        comment.setRequiredIndicatorVisible(rejecting);
        if (rejecting) {
            comment.setHelperText(getTranslation("review.reject.reason.help"));
        }
        TextArea rewrite = new TextArea(getTranslation("review.own-rewrite"));
        rewrite.setMaxLength(ReviewService.MAX_COMMENT_CHARS);
        rewrite.setId("assessment-rewrite");
        rewrite.setWidthFull();
        rewrite.setVisible(!rejecting);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                reviews.assess(finding.id(), decision, comment.getValue(), rejecting ? null : rewrite.getValue());
                close();
                saved.run();
            } catch (PortalException failure) {
                comment.setErrorMessage(UserMessages.of(failure));
                comment.setInvalid(true);
            }
        });
        save.setId("assessment-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new VerticalLayout(comment, rewrite));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("36rem");
    }
}
