package org.freelance.portal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.freelance.portal.base.PdfComposer;
import org.freelance.portal.base.ReportLabels;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.EntryView;
import org.freelance.portal.cases.CaseViews.FileView;
import org.freelance.portal.cases.CaseViews.ParticipantView;
import org.springframework.stereotype.Component;

/**
 * The journal of a case as a PDF, in chronological order of the facts (the event date an entry
 * states, else the day it was recorded; the entry number keeps the order of recording), each entry
 * with its hash: the readable part of the evidence bundle. Fingerprints are written on lines as wide
 * as the page so that none breaks in the middle. Labels from {@code cases/journal*.properties}.
 */
@Component
class CaseJournalReport {

    byte[] journalPdf(CaseDetail detail, String language, Instant generatedAt) {
        ReportLabels l = ReportLabels.load("cases.journal", language);
        CaseIntake intake = detail.intake();
        PdfComposer pdf = new PdfComposer(l.format("title", detail.reference()), l.get("footer"));
        pdf.title(l.format("title", detail.reference()));
        pdf.subtitle(l.format("generated", ReportLabels.dateTime(generatedAt)));
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {l.get("case.title"), intake.title()});
        facts.add(new String[] {l.get("case.status"), l.get("status." + detail.status().name())});
        facts.add(new String[] {l.get("case.freelancer"), detail.freelancerName()});
        facts.add(new String[] {l.get("case.client"), intake.client().name()});
        facts.add(new String[] {l.get("case.identifier"), intake.client().identifier()});
        for (ParticipantView p : detail.participants()) {
            facts.add(new String[] {l.get("role." + p.role().name()), p.name()});
        }
        pdf.keyValues(facts);
        pdf.paragraph(l.format("chain.line", detail.chain().intact()
                ? l.format("chain.intact", detail.chain().entries(), detail.chain().head())
                : l.format("chain.broken", detail.chain().firstBroken())));

        pdf.heading(l.get("journal"));
        if (detail.journal().isEmpty()) {
            pdf.paragraph(l.get("journal.empty"));
        } else {
            pdf.subtitle(l.get("journal.order"));
        }
        for (EntryView e : chronological(detail.journal())) {
            pdf.subheading(l.format("entry.heading", e.sequence(), l.get("type." + e.type().name()),
                    headline(e, l)));
            List<String[]> lines = new ArrayList<>();
            if (e.occurredOn() != null) {
                lines.add(new String[] {l.get("entry.date"), ReportLabels.date(e.occurredOn())});
            }
            if (e.channel() != null) {
                lines.add(new String[] {l.get("entry.channel"), l.get("channel." + e.channel().name())});
            }
            if (e.participants() != null) {
                lines.add(new String[] {l.get("entry.participants"), e.participants()});
            }
            if (e.signal() != null) {
                lines.add(new String[] {l.get("entry.signal"), l.get("signal." + e.signal().name())});
            }
            if (e.amount() != null) {
                lines.add(new String[] {l.get("entry.amount"), ReportLabels.euros(e.amount())});
            }
            if (e.corrects() != null) {
                lines.add(new String[] {l.get("entry.corrects"), "#" + e.corrects()});
            }
            for (FileView f : e.files()) {
                lines.add(new String[] {l.get("entry.file"), f.fileName()});
            }
            lines.add(new String[] {l.get("entry.recorded"),
                    e.authorName() + " — " + ReportLabels.dateTime(e.recordedAt())});
            pdf.keyValues(lines);
            for (FileView f : e.files()) {
                pdf.paragraph(l.format("entry.file.hash", f.fileName(), f.sha256()));
            }
            pdf.paragraph(l.format("entry.hash.line", e.hash()));
            if (e.body() != null) {
                pdf.quote(e.body());
            }
        }
        return pdf.toPdf();
    }

    /** By the date of the facts, then in the order of recording (entry number) within a day. */
    static List<EntryView> chronological(List<EntryView> journal) {
        return journal.stream().sorted(Comparator.comparing(CaseJournalReport::eventDate)
                .thenComparingInt(EntryView::sequence)).toList();
    }

    private static LocalDate eventDate(EntryView e) {
        return e.occurredOn() != null ? e.occurredOn() : e.recordedAt().atZone(ReportLabels.PARIS).toLocalDate();
    }

    /** The entry's title; for status changes the event in words. */
    private static String headline(EntryView e, ReportLabels l) {
        if (e.type() == CaseEnums.EntryType.STATUS_CHANGE && e.title() != null) {
            String key = "event." + e.title();
            return l.bundle().containsKey(key) ? l.format(key, e.participants() == null ? "" : e.participants())
                    : e.title();
        }
        return e.title() == null ? "" : e.title();
    }
}
