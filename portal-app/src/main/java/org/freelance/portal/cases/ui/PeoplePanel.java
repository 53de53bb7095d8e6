package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.ParticipantView;

/** The people tab: the freelancer, then the lead and supporters with their role, since when, and their conflict declaration. */
final class PeoplePanel extends Composite<VerticalLayout> {

    PeoplePanel(CaseDetail detail) {
        VerticalLayout tab = getContent();
        tab.setPadding(false);
        tab.setId("case-people");
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(getTranslation("case.people.freelancer", detail.freelancerName())));
        for (ParticipantView p : detail.participants()) {
            list.add(new ListItem(getTranslation("case.people.line", p.name(), CaseLabels.label(tab, p.role()),
                    Formats.date(p.joinedAt()), p.conflictNote() == null ? getTranslation("case.people.no-note")
                            : p.conflictNote())));
        }
        tab.add(list);
        if (detail.participants().isEmpty()) {
            tab.add(new Paragraph(getTranslation("case.people.waiting")));
        }
    }
}
