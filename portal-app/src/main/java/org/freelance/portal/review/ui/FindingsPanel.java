package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.ReviewViews.RequestDetail;

/**
 * Beside the contract: the findings of the version shown (an expert who took the request adds their
 * own here) and the checklist of the clauses present and missing.
 */
class FindingsPanel extends Composite<VerticalLayout> {

    /**
     * @param latestShown whether the page shows the version it opens with, the latest (the only one
     *     experts assess), rather than one picked in the version select
     */
    FindingsPanel(ReviewService reviews, RequestDetail detail, boolean latestShown, Runnable changed) {
        VerticalLayout pane = getContent();
        pane.setId("findings");
        pane.addClassName("portal-findings");
        pane.setPadding(false);
        pane.add(new H3(getTranslation("review.findings", detail.findings().size())));
        if (detail.permissions().tookIt()) {
            Button add = new Button(getTranslation("review.add-finding"),
                    e -> new ExpertFindingDialog(reviews, detail, changed).open());
            add.setId("review-add-finding");
            pane.add(add);
        }
        boolean assessable = detail.permissions().tookIt() && latestShown;
        for (FindingView f : detail.findings()) {
            pane.add(new FindingCard(reviews, detail, f, assessable, changed));
        }
        pane.add(new H4(getTranslation("review.checklist")));
        Div checklist = new Div();
        checklist.setId("checklist");
        detail.checklist().forEach(item -> {
            Span line = new Span((item.present() ? "✔ " : "✘ ") + getTranslation("category." + item.category().name()));
            line.addClassName(item.present() ? "portal-present" : "portal-missing");
            checklist.add(new Div(line));
        });
        pane.add(checklist);
    }
}
