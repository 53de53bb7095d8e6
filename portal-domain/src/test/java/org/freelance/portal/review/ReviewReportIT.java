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
                ContractInput.paste(ReviewSamples.UNBALANCED_CONTRACT)));
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

    /** Clauses close together: duration and payment in one article, the waiver in the next one. */
    static final String CLOSE_CLAUSES = """
            CONTRAT DE PRESTATION

            Article 1 - Objet
            Le Prestataire réalise une mission de développement ServiceNow pour le Client.
            Article 2 - Durée et paiement
            Le contrat est conclu pour une durée de 12 mois, renouvelable par tacite reconduction. Les factures sont \
            payables à 90 jours.
            Article 3 - Pénalités
            Aucune pénalité de retard ne pourra être réclamée par le Prestataire.
            Article 4 - Confidentialité
            Le Prestataire s'engage à garder strictement confidentielles toutes les informations du Client.
            """;

    @Test
    void a_lawyer_reads_each_finding_with_its_article_its_own_quote_the_rejected_ones_apart_and_whole_hashes()
            throws Exception {
        CommunityView community = fixtures.community("ReportLawyer");
        AccountView alice = fixtures.member(community, Role.MEMBER);
        AccountView eric = fixtures.member(community, Role.EXPERT);
        MissionContext mission = new MissionContext("Développement ServiceNow", "Alpha Conseil", null,
                Pricing.DAILY_RATE, new BigDecimal("600"), null, null, null);
        Long id = fixtures.as(alice, community, () -> reviews.create(mission, ContractInput.paste(CLOSE_CLAUSES)));
        fixtures.as(alice, community, () -> reviews.share(id, ShareMode.ALL_EXPERTS, Set.of()));
        fixtures.as(eric, community, () -> reviews.take(id));
        var detail = fixtures.as(eric, community, () -> reviews.get(id));
        Long late = detail.findings().stream().filter(f -> f.type() == FindingType.PAYMENT_TOO_LATE).findFirst()
                .orElseThrow().id();
        Long secrecy = detail.findings().stream().filter(f -> f.type() == FindingType.CONFIDENTIALITY_ONE_SIDED)
                .findFirst().orElseThrow().id();
        fixtures.as(eric, community, () -> reviews.assess(late, Decision.CONFIRMED, "", null));
        fixtures.as(eric, community, () -> reviews.assess(secrecy, Decision.REJECTED,
                "Clause standard pour une mission chez ce client.", null));

        String raw = text(fixtures.as(alice, community, () -> reports.report(id, Locale.FRENCH)));
        String text = raw.replaceAll("\\s+", " ");

        String lateHeading = "[Majeur] Délai de paiement au-delà du maximum légal — article 2 (Durée et paiement)";
        assertThat(text).contains(lateHeading,
                "[Majeur] Pénalités de retard écartées par le contrat — article 3 (Pénalités)",
                "« Aucune pénalité de retard ne pourra être réclamée par le Prestataire. »");
        String lateBlock = text.substring(text.indexOf(lateHeading), text.indexOf("Pourquoi", text.indexOf(lateHeading)));
        assertThat(lateBlock).as("the quote is the 90-day sentence").contains("« Les factures sont payables à 90 jours. »")
                .doesNotContain("tacite reconduction");
        assertThat(text).doesNotContain("Pas de pénalités de retard", "Pénalités à sens unique");
        assertThat(text).doesNotContain("confirmé —");
        assertThat(text).containsPattern(" : confirmé (?!—)");

        int rejectedSection = text.indexOf("Points écartés par les experts");
        assertThat(rejectedSection).as("a section of rejected points").isGreaterThan(text.indexOf(lateHeading));
        assertThat(text.substring(rejectedSection, text.indexOf("Avis des experts"))).contains("Confidentialité à sens unique — article 4 "
                + "(Confidentialité)", "écarté — Clause standard pour une mission chez ce client.")
                .doesNotContain("Délai de paiement au-delà");
        assertThat(text.substring(0, rejectedSection)).doesNotContain("Confidentialité à sens unique");

        String sha = fixtures.as(alice, community, () -> reviews.get(id)).shown().sha256();
        assertThat(raw).as("the fingerprint on one line").contains(sha);

        String english = text(fixtures.as(alice, community, () -> reports.report(id, Locale.ENGLISH)))
                .replaceAll("\\s+", " ");
        assertThat(english).contains("Payment term beyond the legal maximum — article 2 (Durée et paiement)",
                "Points dismissed by the experts", "dismissed — Clause standard").doesNotContain("confirmed —");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u202f', ' ').replace('\u00a0', ' ');
        }
    }
}
