package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.ParticipantView;
import org.freelance.portal.cases.RiskScore;

/**
 * The top of a case's page: its title, who and what it is about, its status, today's risk (an
 * alert past the threshold) and whether the journal's hash chain holds, then the actions given.
 */
final class CaseHeader extends Composite<VerticalLayout> {

    CaseHeader(CaseDetail detail, Component actions) {
        CaseIntake intake = detail.intake();
        H2 title = new H2(intake.title() == null ? getTranslation("case.untitled") : intake.title());
        String lead = detail.participants().stream().filter(p -> p.role().name().equals("LEAD"))
                .map(ParticipantView::name).findFirst().orElse(getTranslation("case.no-lead"));
        Paragraph summary = new Paragraph(getTranslation("case.header", detail.reference(),
                nullToDash(intake.client().name()), detail.freelancerName(), lead, Formats.date(detail.createdAt())));
        summary.addClassName("portal-muted");
        Span status = CaseLabels.status(getContent(), detail.status());
        status.setId("case-status");
        HorizontalLayout facts = new HorizontalLayout(status, risk(detail), chain(detail));
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        facts.getStyle().set("flex-wrap", "wrap");
        VerticalLayout header = getContent();
        header.add(title, summary, facts, actions);
        header.setPadding(false);
        header.setSpacing(false);
    }

    private Span risk(CaseDetail detail) {
        Span risk = new Span(getTranslation("case.risk.today", detail.riskToday()));
        risk.setId("case-risk");
        risk.getElement().getThemeList().add("badge");
        if (detail.riskToday() >= RiskScore.ALERT_THRESHOLD) {
            risk.getElement().getThemeList().add("error");
        }
        return risk;
    }

    private Span chain(CaseDetail detail) {
        Span chain = new Span();
        chain.setId("case-chain");
        if (detail.chain().intact()) {
            chain.add(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("case.chain.intact",
                    detail.chain().entries())));
            chain.addClassName("portal-ok");
        } else {
            chain.add(VaadinIcon.WARNING.create(), new Span(getTranslation("case.chain.broken",
                    detail.chain().firstBroken())));
            chain.addClassName("portal-error");
        }
        return chain;
    }

    private static String nullToDash(String value) {
        return value == null ? "—" : value;
    }
}
