package org.freelance.portal.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.freelance.portal.base.PdfComposer;
import org.freelance.portal.base.ReportLabels;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewViews.ExpertReviewView;
import org.freelance.portal.review.ReviewViews.NegotiationItem;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.review.analysis.ChecklistItem;
import org.freelance.portal.review.analysis.ContractLanguage;
import org.freelance.portal.review.analysis.FindingTexts;
import org.freelance.portal.tenant.CommunityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF report of a request, in French or English: mission context, the contract version,
 * checklist, findings with quotes, expert verdicts and the negotiation list. Same visibility as the
 * request itself (its requester and the experts it is shared with).
 */
@Service
@Transactional(readOnly = true)
public class ReviewReportService {


    private final ReviewService reviews;
    private final CommunityService communities;
    private final FindingTexts catalogue = new FindingTexts();
    private final Clock clock;

    ReviewReportService(ReviewService reviews, CommunityService communities, Clock clock) {
        this.reviews = reviews;
        this.communities = communities;
        this.clock = clock;
    }

    public byte[] report(Long requestId, Locale locale) {
        RequestDetail detail = reviews.get(requestId);
        List<NegotiationItem> negotiation = reviews.negotiationList(requestId);
        ReportLabels l = ReportLabels.load("review.report", locale == null ? null : locale.getLanguage());
        boolean english = l.english();
        ContractLanguage textLanguage = english ? ContractLanguage.EN : ContractLanguage.FR;

        PdfComposer pdf = new PdfComposer(l.get("title") + " — " + detail.mission().title(), l.get("footer"));
        pdf.title(l.get("title"));
        pdf.subtitle(l.format("generated", communities.current().name(),
                ReportLabels.dateTime(clock.instant())));

        MissionContext m = detail.mission();
        pdf.heading(l.get("mission"));
        List<String[]> mission = new ArrayList<>();
        mission.add(new String[] {l.get("mission.title"), m.title()});
        mission.add(new String[] {l.get("mission.requester"), detail.requesterName()});
        mission.add(new String[] {l.get("mission.client"), m.clientName()});
        mission.add(new String[] {l.get("mission.identifier"), m.clientIdentifier()});
        mission.add(new String[] {l.get("mission.pricing"), l.get("pricing." + m.pricing().name())});
        mission.add(new String[] {l.get("mission.amount"), euros(m.amount(), m.pricing())});
        mission.add(new String[] {l.get("mission.period"), m.start() == null && m.end() == null ? null
                : l.format("period", date(m.start()), date(m.end()))});
        mission.add(new String[] {l.get("mission.context"), m.context()});
        pdf.keyValues(mission);

        var version = detail.shown();
        pdf.heading(l.get("contract"));
        pdf.keyValues(List.of(
                new String[] {l.get("contract.version"), String.valueOf(version.number())},
                new String[] {l.get("contract.file"), version.fileName() != null ? version.fileName()
                        : l.get("contract.pasted")},
                new String[] {l.get("contract.language"), l.get("language." + version.language().name())},
                new String[] {l.get("contract.date"), ReportLabels.dateTime(version.createdAt())}));
        // on a line of its own, as wide as the page: the 64 characters of the fingerprint never break
        pdf.paragraph(l.format("contract.checksum.line", version.sha256()));

        pdf.heading(l.get("checklist"));
        List<List<String>> checklist = new ArrayList<>();
        for (ChecklistItem item : detail.checklist()) {
            checklist.add(List.of(l.get("category." + item.category().name()),
                    l.get(item.present() ? "checklist.present" : "checklist.missing")));
        }
        pdf.table(List.of(l.get("checklist.item"), l.get("checklist.status")), checklist, new float[] {0.7f, 0.3f});

        ReportFindings findings = new ReportFindings(l, catalogue, detail.clauses(), textLanguage,
                version.language());
        findings.write(pdf, detail.findings());

        pdf.heading(l.get("verdicts"));
        List<ExpertReviewView> given = detail.experts().stream().filter(e -> e.verdict() != null).toList();
        if (given.isEmpty()) {
            pdf.paragraph(l.get("verdicts.none"));
        }
        for (ExpertReviewView e : given) {
            pdf.subheading(l.format("verdict.line", e.expertName(), l.get("verdict." + e.verdict().name()),
                    ReportLabels.date(e.submittedAt().atZone(ReportLabels.PARIS).toLocalDate())));
            pdf.paragraph(e.summary());
        }

        pdf.heading(l.get("negotiation"));
        if (negotiation.isEmpty()) {
            pdf.paragraph(l.get("negotiation.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (NegotiationItem item : negotiation) {
                rows.add(List.of(findings.name(item), l.get("severity." + item.severity().name()),
                        item.proposal() == null ? "" : item.proposal(),
                        ReportFindings.withNote(l.get("status." + item.status().name()), item.note())));
            }
            pdf.table(List.of(l.get("negotiation.point"), l.get("negotiation.severity"),
                    l.get("negotiation.proposal"), l.get("negotiation.status")), rows,
                    new float[] {0.27f, 0.12f, 0.41f, 0.20f});
        }
        return pdf.toPdf();
    }

    private static String date(LocalDate date) {
        return ReportLabels.date(date);
    }

    private static String euros(BigDecimal amount, Pricing pricing) {
        String euros = ReportLabels.euros(amount);
        return euros == null ? null : euros + (pricing == Pricing.DAILY_RATE ? " HT / j" : " HT");
    }
}
