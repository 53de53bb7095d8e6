package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.freelance.portal.review.ReviewEnums.Decision;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.ReviewViews.RequestDetail;

/**
 * One finding: its name (a button that brings its passage into view), where it comes from, the
 * explanation and the proposed rewrite, the experts' assessments, and for an expert who took the
 * request the buttons that confirm or reject an automatic finding.
 */
class FindingCard extends Composite<Div> {

    /**
     * @param assessable whether this person may assess here: they took the request and the latest
     *     version is shown (assessments apply to it only)
     */
    FindingCard(ReviewService reviews, RequestDetail detail, FindingView f, boolean assessable, Runnable changed) {
        Div card = getContent();
        card.addClassName("portal-finding");
        card.setId("finding-" + f.id());
        String name = ReviewLabels.findingName(this, f);
        Button nameButton = new Button(name, e -> {
            if (!f.isAboutMissingClause()) {
                getElement().executeJs("const m = document.getElementById($0); if (m) { m.scrollIntoView({block: 'center'});"
                        + " m.focus(); }", "mark-" + f.id());
            }
        });
        nameButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        nameButton.addClassName("portal-finding-name");
        card.add(new Div(ReviewLabels.severityBadge(this, f.severity()), nameButton));
        Paragraph origin = new Paragraph(f.authorName() == null ? getTranslation("review.origin.automatic")
                : getTranslation("review.origin.expert", f.authorName()));
        origin.addClassName("portal-muted");
        card.add(origin);
        if (f.isAboutMissingClause()) {
            card.add(new Paragraph(getTranslation("review.missing-clause")));
        }
        String explanation = f.explanation() != null ? f.explanation() : ReviewLabels.explanation(this, f.type());
        card.add(new Paragraph(explanation));
        String rewrite = f.rewrite() != null ? f.rewrite()
                : f.type() == null ? null : ReviewLabels.rewrite(f.type(), detail.shown().language());
        if (rewrite != null) {
            Paragraph proposal = new Paragraph(getTranslation("review.rewrite") + " " + rewrite);
            proposal.addClassName("portal-rewrite");
            card.add(proposal);
        }
        if (f.isRejected()) {
            card.addClassName("portal-finding-rejected");
            Span rejected = new Span(getTranslation("review.rejected"));
            rejected.setId("rejected-" + f.id());
            rejected.addClassNames("portal-badge", "portal-rejected");
            card.add(new Div(rejected));
        }
        f.assessments().forEach(a -> card.add(new Paragraph(a.comment() == null || a.comment().isBlank()
                ? getTranslation("review.assessment.bare", a.expertName(),
                        getTranslation("review.decision." + a.decision().name()))
                : getTranslation("review.assessment", a.expertName(),
                        getTranslation("review.decision." + a.decision().name()), a.comment()))));
        if (assessable && f.type() != null) {
            Button confirm = new Button(getTranslation("review.confirm"),
                    e -> new AssessmentDialog(reviews, f, name, Decision.CONFIRMED, changed).open());
            confirm.setId("confirm-" + f.id());
            confirm.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.SUCCESS);
            Button reject = new Button(getTranslation("review.reject"),
                    e -> new AssessmentDialog(reviews, f, name, Decision.REJECTED, changed).open());
            reject.setId("reject-" + f.id());
            reject.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            card.add(new HorizontalLayout(confirm, reject));
        }
    }
}
