package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Stream;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.LinkedContractService;
import org.freelance.portal.review.ui.ReviewListView;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * The intake tab: what the freelancer said when opening the case, step by step (client and contacts,
 * vetting, mission with its contract and linked second opinion, scoping, problem). Empty answers are
 * left out.
 */
final class IntakeSummary extends Composite<VerticalLayout> {

    IntakeSummary(CaseDetail detail, CaseService cases, LinkedContractService linkedContracts, String community) {
        CaseIntake in = detail.intake();
        VerticalLayout tab = getContent();
        tab.setPadding(false);
        tab.setId("case-intake-summary");
        tab.add(new H3(getTranslation("case.step.client")));
        tab.add(facts(List.of(
                new String[] {getTranslation("case.field.client"), in.client().name()},
                new String[] {getTranslation("case.field.identifier"), in.client().identifier()},
                new String[] {getTranslation("case.field.address"), in.client().address()})));
        UnorderedList contacts = new UnorderedList();
        in.client().contacts().forEach(c -> contacts.add(new ListItem(String.join(" · ",
                Stream.of(c.name(), c.role(), c.email(), c.phone()).filter(v -> v != null && !v.isBlank()).toList()))));
        if (!in.client().contacts().isEmpty()) {
            tab.add(new H4(getTranslation("case.contacts")), contacts);
        }
        tab.add(new H3(getTranslation("case.step.vetting")));
        UnorderedList vetting = new UnorderedList();
        in.vetting().forEach((item, v) -> vetting.add(new ListItem(CaseLabels.label(tab, item) + " : "
                + CaseLabels.label(tab, v.answer()) + (v.note() == null ? "" : " — " + v.note()))));
        tab.add(in.vetting().isEmpty() ? new Paragraph(getTranslation("case.vetting.none")) : vetting);
        tab.add(new H3(getTranslation("case.step.mission")));
        var m = in.mission();
        tab.add(facts(List.of(
                new String[] {getTranslation("case.field.mission-object"), m.object()},
                new String[] {getTranslation("case.field.period"), m.start() == null && m.end() == null ? null
                        : getTranslation("case.period", Formats.date(m.start()), Formats.date(m.end()))},
                new String[] {getTranslation("review.field.amount"), m.amount() == null ? null
                        : Formats.euros(m.amount()) + (m.pricing() == null ? ""
                                : " (" + getTranslation("review.pricing." + m.pricing().name()) + ")")})));
        if (detail.contract() != null) {
            tab.add(new CaseFileLink(cases, detail.id(), community, detail.contract()));
        }
        if (detail.reviewRequestTitle() != null) {
            tab.add(new Anchor(CommunityContext.path(community, ReviewListView.PAGE + "/" + m.reviewRequestId()),
                    getTranslation("case.review.link", detail.reviewRequestTitle())));
        }
        if (m.reviewRequestId() != null && (detail.permissions().freelancer() || detail.permissions().lead())) {
            tab.add(new LinkedContractPanel(linkedContracts, detail.id(), community, detail.freelancerName(),
                    detail.permissions().lead()));
        }
        tab.add(new H3(getTranslation("case.step.scoping")));
        var s = in.scoping();
        tab.add(facts(List.of(
                new String[] {getTranslation("case.field.objectives"), s.objectives()},
                new String[] {getTranslation("case.field.roles"), s.roles()},
                new String[] {getTranslation("case.field.out-of-scope"), s.outOfScope()})));
        if (!s.phases().isEmpty()) {
            UnorderedList phases = new UnorderedList();
            s.phases().forEach(p -> phases.add(new ListItem(p.name() + (p.deadline() == null ? ""
                    : " — " + Formats.date(p.deadline())))));
            tab.add(new H4(getTranslation("case.phases")), phases);
        }
        tab.add(new H3(getTranslation("case.step.problem")));
        var p = in.problem();
        tab.add(facts(List.of(
                new String[] {getTranslation("case.field.category"), CaseLabels.label(tab, p.category())},
                new String[] {getTranslation("case.field.urgency"), CaseLabels.label(tab, p.urgency())},
                new String[] {getTranslation("case.field.description"), p.description()},
                new String[] {getTranslation("case.field.outcome"), p.desiredOutcome()})));
    }

    /** Label and value pairs, those without a value left out. */
    private static Component facts(List<String[]> pairs) {
        Div list = new Div();
        list.addClassName("portal-facts");
        for (String[] pair : pairs) {
            if (pair[1] == null || pair[1].isBlank()) {
                continue;
            }
            Div row = new Div(new Span(pair[0]), new Span(pair[1]));
            row.addClassName("portal-fact");
            list.add(row);
        }
        return list;
    }
}
