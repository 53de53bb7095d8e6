package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.ExpertReviewView;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.tenant.MemberService;

/**
 * The experts who took the request, each with their verdict or since when they are reviewing; an
 * expert who took it gives their own verdict below.
 */
class ExpertsPanel extends Composite<VerticalLayout> {

    ExpertsPanel(ReviewService reviews, MemberService members, RequestDetail detail, Runnable changed) {
        VerticalLayout pane = getContent();
        pane.setPadding(false);
        pane.setId("expert-reviews");
        if (detail.experts().isEmpty()) {
            pane.add(new Paragraph(getTranslation(detail.shareMode() == ShareMode.PRIVATE ? "review.experts.private"
                    : "review.experts.none")));
        }
        for (ExpertReviewView e : detail.experts()) {
            Div card = new Div();
            card.addClassName("portal-finding");
            card.add(new H4(e.expertName()));
            if (e.verdict() == null) {
                card.add(new Paragraph(getTranslation("review.verdict.pending", Formats.date(e.takenAt()))));
            } else {
                Span verdict = new Span(getTranslation("review.verdict." + e.verdict().name()));
                verdict.addClassNames("portal-badge", "portal-verdict-" + e.verdict().name().toLowerCase());
                card.add(verdict, new Paragraph(e.summary()), new Paragraph(Formats.dateTime(e.submittedAt())));
            }
            pane.add(card);
        }
        if (detail.permissions().tookIt()) {
            Long me = members.me().userId();
            ExpertReviewView mine = detail.experts().stream().filter(e -> e.expertId().equals(me)).findFirst()
                    .orElse(null);
            pane.add(new VerdictForm(reviews, detail.id(), mine, changed));
        }
    }
}
