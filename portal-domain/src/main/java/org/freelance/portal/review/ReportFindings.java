package org.freelance.portal.review;

import java.util.List;
import org.freelance.portal.base.PdfComposer;
import org.freelance.portal.base.ReportLabels;
import org.freelance.portal.review.ReviewViews.AssessmentView;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.ReviewViews.NegotiationItem;
import org.freelance.portal.review.analysis.Clause;
import org.freelance.portal.review.analysis.ContractLanguage;
import org.freelance.portal.review.analysis.FindingTexts;

/**
 * The findings of the PDF report as a lawyer reads them: each cites the article it sits in, the
 * points every assessing expert rejected are set apart in their own section with the experts'
 * reasons, and an expert's decision without comment reads without a dangling dash.
 */
final class ReportFindings {

    private final ReportLabels l;
    private final FindingTexts catalogue;
    private final List<Clause> clauses;
    private final ContractLanguage explanationLanguage;
    private final ContractLanguage contractLanguage;

    ReportFindings(ReportLabels l, FindingTexts catalogue, List<Clause> clauses, ContractLanguage explanationLanguage,
            ContractLanguage contractLanguage) {
        this.l = l;
        this.catalogue = catalogue;
        this.clauses = clauses;
        this.explanationLanguage = explanationLanguage;
        this.contractLanguage = contractLanguage;
    }

    void write(PdfComposer pdf, List<FindingView> findings) {
        List<FindingView> kept = findings.stream().filter(f -> !f.isRejected()).toList();
        List<FindingView> rejected = findings.stream().filter(FindingView::isRejected).toList();
        pdf.heading(l.get("findings"));
        if (kept.isEmpty()) {
            pdf.paragraph(l.get("findings.none"));
        }
        kept.forEach(f -> finding(pdf, f));
        if (!rejected.isEmpty()) {
            pdf.heading(l.get("rejected"));
            pdf.paragraph(l.get("rejected.intro"));
            rejected.forEach(f -> finding(pdf, f));
        }
    }

    private void finding(PdfComposer pdf, FindingView f) {
        String article = article(f);
        pdf.subheading("[" + l.get("severity." + f.severity().name()) + "] " + name(f)
                + (article == null ? "" : " — " + article));
        pdf.subtitle(f.authorName() == null ? l.get("finding.automatic") : l.format("finding.expert", f.authorName()));
        if (f.isAboutMissingClause()) {
            pdf.paragraph(l.get("finding.missing"));
        } else {
            pdf.quote(f.quote());
        }
        String explanation = f.explanation() != null ? f.explanation()
                : catalogue.explanation(f.type(), explanationLanguage);
        String rewrite = f.rewrite() != null ? f.rewrite() : f.type() == null ? null
                : catalogue.rewrite(f.type(), contractLanguage);
        pdf.paragraph(l.get("finding.explanation") + " " + explanation);
        if (rewrite != null && !rewrite.isBlank() && !f.isRejected()) {
            pdf.paragraph(l.get("finding.rewrite") + " " + rewrite);
        }
        for (AssessmentView a : f.assessments()) {
            pdf.paragraph(l.format("finding.assessment", a.expertName(),
                    withNote(l.get("decision." + a.decision().name()), a.comment())));
        }
    }

    /** The point's name: the expert's title, the automatic finding's type, or (older points) its category. */
    String name(FindingView f) {
        if (f.title() != null && !f.title().isBlank()) {
            return f.title();
        }
        return f.type() != null ? l.get("type." + f.type().name()) : l.get("category." + f.category().name());
    }

    String name(NegotiationItem item) {
        if (item.title() != null && !item.title().isBlank()) {
            return item.title();
        }
        return item.type() != null ? l.get("type." + item.type().name())
                : withNote(l.get("category." + item.category().name()), item.explanation());
    }

    /** "Article 4 – Facturation et paiement", "Clause « CONFIDENTIALITÉ »", or null for a missing clause. */
    private String article(FindingView f) {
        if (f.isAboutMissingClause()) {
            return null;
        }
        Clause clause = clauses.stream().filter(c -> f.start() >= c.start() && f.start() < c.end()).findFirst()
                .orElse(null);
        if (clause == null) {
            return null;
        }
        if (!clause.number().isBlank()) {
            return clause.heading().isBlank() ? l.format("finding.article", clause.number())
                    : l.format("finding.article.titled", clause.number(), clause.heading());
        }
        if (clause.index() == 0 && clause.start() == 0) {
            return l.get("finding.preamble");
        }
        return clause.heading().isBlank() ? null : l.format("finding.clause.titled", clause.heading());
    }

    /** "label — note", or the label alone when there is no note (no dangling dash). */
    static String withNote(String label, String note) {
        return note == null || note.isBlank() ? label : label + " — " + note.strip();
    }
}
