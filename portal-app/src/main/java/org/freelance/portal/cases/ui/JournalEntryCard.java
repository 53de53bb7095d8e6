package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.EntryView;
import org.freelance.portal.cases.CaseViews.FileView;

/**
 * One entry of the journal's timeline: its number, kind and date, what it says, its files, the
 * corrections between entries, who recorded it and the start of its hash. An entry at or after the
 * first break of the hash chain says it is no longer proven.
 */
final class JournalEntryCard extends Composite<Div> {

    JournalEntryCard(EntryView e, boolean unproven, CaseService cases, Long caseId, String community) {
        Div card = getContent();
        card.addClassName("portal-entry");
        card.setId("entry-" + e.sequence());
        if (unproven) {
            card.addClassName("portal-entry-broken");
        }
        String kind = CaseLabels.label(card, e.type()) + (e.channel() == null ? ""
                : " · " + CaseLabels.label(card, e.channel()));
        String when = e.occurredOn() == null ? Formats.dateTime(e.recordedAt()) : Formats.date(e.occurredOn());
        card.add(new H4(getTranslation("case.entry.heading", e.sequence(), kind, when)));
        String headline = headline(e);
        if (!headline.isBlank()) {
            Paragraph line = new Paragraph(headline);
            line.addClassName("portal-entry-title");
            card.add(line);
        }
        if (e.signal() != null) {
            card.add(new Paragraph(getTranslation("case.entry.signal", CaseLabels.label(card, e.signal()))));
        }
        if (e.participants() != null && e.type() != EntryType.STATUS_CHANGE) {
            card.add(new Paragraph(getTranslation("case.entry.participants", e.participants())));
        }
        if (e.amount() != null) {
            card.add(new Paragraph(getTranslation("case.entry.amount", Formats.euros(e.amount()))));
        }
        if (e.body() != null) {
            Paragraph body = new Paragraph(e.body());
            body.getStyle().set("white-space", "pre-wrap");
            card.add(body);
        }
        for (FileView file : e.files()) {
            card.add(new CaseFileLink(cases, caseId, community, file));
        }
        if (e.corrects() != null) {
            card.add(new Paragraph(getTranslation("case.entry.corrects", e.corrects())));
        }
        if (!e.correctedBy().isEmpty()) {
            Paragraph corrected = new Paragraph(getTranslation("case.entry.corrected-by",
                    e.correctedBy().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            corrected.addClassName("portal-warning");
            card.add(corrected);
        }
        Span footer = new Span(getTranslation("case.entry.recorded", e.authorName(), Formats.dateTime(e.recordedAt()),
                e.hash().substring(0, 12)));
        footer.getElement().setAttribute("title", e.hash());
        footer.addClassName("portal-muted");
        card.add(footer);
        if (unproven) {
            Paragraph warning = new Paragraph(getTranslation("case.entry.unproven"));
            warning.addClassName("portal-error");
            card.add(warning);
        }
    }

    /** A status change is recorded with the key of its event, said here in the reader's language. */
    private String headline(EntryView e) {
        if (e.type() == EntryType.STATUS_CHANGE && e.title() != null) {
            String key = "case.event." + e.title();
            return getTranslation(key, e.participants() == null ? "" : e.participants());
        }
        return e.title() == null ? "" : e.title();
    }
}
