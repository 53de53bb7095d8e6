package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.EntryView;

/** The case's journal, oldest entry first; the entries from the first break of the hash chain on are marked. */
final class JournalTimeline extends Composite<Div> {

    JournalTimeline(CaseDetail detail, CaseService cases, String community) {
        Div timeline = getContent();
        timeline.setId("case-timeline");
        timeline.addClassName("portal-timeline");
        Integer broken = detail.chain().firstBroken();
        for (EntryView entry : detail.journal()) {
            timeline.add(new JournalEntryCard(entry, broken != null && entry.sequence() >= broken, cases,
                    detail.id(), community));
        }
        if (detail.journal().isEmpty()) {
            timeline.add(new Paragraph(getTranslation("case.journal.empty")));
        }
    }
}
