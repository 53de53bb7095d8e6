package org.freelance.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.review.ReviewEnums.Decision;
import org.freelance.portal.review.ReviewEnums.PointStatus;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewEnums.Verdict;
import org.freelance.portal.review.analysis.FindingType;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The PDF report: real PDF, in French or English, with the whole review; same visibility as the request. */
@DomainIntegrationTest
class ReviewReportIT {

    @Autowired TestFixtures fixtures;
    @Autowired ReviewService reviews;
    @Autowired ReviewReportService reports;

    @Test
    void report_contains_mission_checklist_findings_verdicts_and_negotiation_in_both_languages() throws Exception {
        CommunityView community = fixtures.community("Report");
        AccountView alice = fixtures.member(community, Role.MEMBER);
        AccountView eric = fixtures.member(community, Role.EXPERT);
        AccountView admin = fixtures.member(community, Role.ADMIN);
        MissionContext mission = new MissionContext("Refonte ITSM Banque du Nord", "Alpha Conseil", "73282932000074",
                Pricing.DAILY_RATE, new BigDecimal("1250.50"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31),
                "Mission de 10 mois, équipe de 6 personnes.");
        Long id = fixtures.as(alice, community, () -> reviews.create(mission,
                ContractInput.paste(ReviewServiceIT.BAD_CONTRACT)));
        fixtures.as(alice, community, () -> reviews.share(id, ShareMode.ALL_EXPERTS, Set.of()));
        fixtures.as(eric, community, () -> reviews.take(id));
        Long payWhenPaid = fixtures.as(eric, community, () -> reviews.get(id)).findings().stream()
                .filter(f -> f.type() == FindingType.PAY_WHEN_PAID).findFirst().orElseThrow().id();
        fixtures.as(eric, community, () -> reviews.assess(payWhenPaid, Decision.CONFIRMED, "À refuser net", null));
        fixtures.as(eric, community, () -> reviews.submitVerdict(id, Verdict.NEGOTIATE,
                "Contrat signable après trois corrections : paiement, préavis, médiation."));
        fixtures.as(alice, community, () -> reviews.markPoint(id, "type:PAY_WHEN_PAID", PointStatus.OBTAINED,
                "Accord écrit du 3 mars"));

        byte[] french = fixtures.as(alice, community, () -> reports.report(id, Locale.FRENCH));
        byte[] english = fixtures.as(eric, community, () -> reports.report(id, Locale.ENGLISH));

        String text = text(french);
        assertThat(text).contains("Rapport de deuxième avis sur contrat", "Refonte ITSM Banque du Nord",
                "73282932000074", "1 250,50 € HT / j", "01/03/2026 au 31/12/2026", "Paiement conditionné au client final",
                "après réception du règlement du client final", "Négocier", "Contrat signable après trois corrections",
                "Obtenu — Accord", "écrit du 3 mars", "Absente", "1 / ");
        assertThat(text(english)).contains("Contract second-opinion report", "Payment conditional on the end client",
                "Negotiate", "Obtained");
        Path folder = Files.createDirectories(Path.of("target", "reports"));
        Files.write(folder.resolve("review-report-fr.pdf"), french);
        try (PDDocument document = Loader.loadPDF(french)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                    folder.resolve("review-report-fr-page1.png").toFile());
        }

        assertThatThrownBy(() -> fixtures.as(admin, community, () -> reports.report(id, Locale.FRENCH)))
                .as("admins do not read contracts").isInstanceOf(NotFoundException.class);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u202f', ' ').replace('\u00a0', ' ');
        }
    }
}
