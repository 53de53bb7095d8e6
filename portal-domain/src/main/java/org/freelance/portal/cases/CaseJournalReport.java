package org.freelance.portal.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.freelance.portal.base.PdfComposer;
import org.freelance.portal.base.ReportLabels;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.EntryView;
import org.freelance.portal.cases.CaseViews.FileView;
import org.freelance.portal.cases.CaseViews.ParticipantView;
import org.springframework.stereotype.Component;

/**
 * The journal of a case as a PDF, in chronological order, each entry with its hash: the readable
 * part of the evidence bundle. Labels from {@code cases/journal*.properties}.
 */
@Component
class CaseJournalReport {

    byte[] journalPdf(CaseDetail detail, String language, Instant generatedAt) {
        ReportLabels l = ReportLabels.load("cases.journal", language);
        CaseIntake intake = detail.intake();
        try (PdfComposer pdf = new PdfComposer(l.format("title", detail.reference()), l.get("footer"))) {
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
            facts.add(new String[] {l.get("case.chain"), detail.chain().intact()
                    ? l.format("chain.intact", detail.chain().entries(), detail.chain().head())
                    : l.format("chain.broken", detail.chain().firstBroken())});
            pdf.keyValues(facts);

            pdf.heading(l.get("journal"));
            if (detail.journal().isEmpty()) {
                pdf.paragraph(l.get("journal.empty"));
            }
            for (EntryView e : detail.journal()) {
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
                    lines.add(new String[] {l.get("entry.file"), f.fileName() + " — SHA-256 " + f.sha256()});
                }
                lines.add(new String[] {l.get("entry.recorded"),
                        e.authorName() + " — " + ReportLabels.dateTime(e.recordedAt())});
                lines.add(new String[] {l.get("entry.hash"), e.hash()});
                pdf.keyValues(lines);
                if (e.body() != null) {
                    pdf.quote(e.body());
                }
            }
            return pdf.toPdf();
        }
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
