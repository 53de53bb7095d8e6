package org.freelance.portal.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finding quotes the sentence that proves it, also when several clauses sit close together; and a
 * clause that waives the statutory late-payment penalties is its own finding, never "missing" nor
 * "one-way penalties" on the same sentence (issue 12, items 5 and 6).
 */
class FindingEvidenceTest {

    final ContractAnalyzer analyzer = new ContractAnalyzer();

    // --- item 5: the quote is the passage that triggered the finding ----------------------------------

    @Test
    void payment_term_finding_quotes_the_ninety_days_sentence_not_the_tacit_renewal_beside_it() {
        String text = """
                CONTRAT DE PRESTATION

                Article 1 - Objet
                Le Prestataire réalise une mission de développement ServiceNow.

                Article 2 - Durée et paiement
                Le contrat est conclu pour une durée de 12 mois, renouvelable par tacite reconduction. Les factures \
                sont payables à 90 jours.
                """;

        Finding late = only(text, FindingType.PAYMENT_TOO_LATE);

        assertThat(late.quote()).isEqualTo("Les factures sont payables à 90 jours.");
        assertThat(text.substring(late.start(), late.end())).isEqualTo(late.quote());
    }

    @Test
    void payment_term_finding_in_english_quotes_the_payment_sentence_not_the_renewal() {
        String text = """
                CONSULTING AGREEMENT

                1. Services
                The Consultant provides ServiceNow development services.

                2. Term and Payment
                This Agreement is entered into for twelve (12) months and renews automatically for successive \
                periods of 12 months. Invoices are payable at 90 days.
                """;

        assertThat(only(text, FindingType.PAYMENT_TOO_LATE).quote()).isEqualTo("Invoices are payable at 90 days.");
    }

    @Test
    void clauses_on_consecutive_lines_each_keep_their_own_evidence() {
        String text = """
                Contrat de prestation
                Article 1 - Durée
                Le contrat est conclu pour 24 mois, renouvelable par tacite reconduction.
                Article 2 - Paiement
                Le renouvellement ne modifie pas le prix. Paiement à 75 jours date de facture.
                Article 3 - Résiliation
                Le Client peut résilier à tout moment moyennant un préavis de 8 jours.
                """;
        PreReview review = analyzer.analyze(text);

        Finding late = only(review, FindingType.PAYMENT_TOO_LATE);
        assertThat(late.quote()).isEqualTo("Paiement à 75 jours date de facture.");
        assertThat(review.clauses().get(late.clauseIndex()).number()).isEqualTo("2");
        assertThat(only(review, FindingType.NOTICE_TOO_SHORT).quote()).contains("préavis de 8 jours");
        assertThat(review.findings()).filteredOn(f -> !f.isAboutMissingClause())
                .allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.quote()));
    }

    @Test
    void a_payment_heading_alone_still_lets_a_bare_delay_sentence_count() {
        String text = "Article 1 - Objet \"ServiceNow\"\nMission.\nArticle 2 - Paiement\nà 90 jours.";

        // a line starting in lower case continues its heading line: the quote holds both, and the delay
        assertThat(only(text, FindingType.PAYMENT_TOO_LATE).quote()).endsWith("à 90 jours.");
    }

    // --- item 6: a waiver of the statutory penalties ------------------------------------------------------

    @Test
    void a_clause_waiving_late_penalties_is_a_waiver_finding_not_a_missing_clause_nor_one_way_penalties() {
        String text = contract("Article 3 - Pénalités",
                "Aucune pénalité de retard ne pourra être réclamée par le Prestataire.");
        PreReview review = analyzer.analyze(text);

        Finding waiver = only(review, FindingType.LATE_PENALTIES_WAIVED);
        assertThat(waiver.quote()).isEqualTo("Aucune pénalité de retard ne pourra être réclamée par le Prestataire.");
        assertThat(waiver.severity()).isIn(Severity.MAJOR, Severity.BLOCKING);
        assertThat(waiver.category()).isEqualTo(ClauseCategory.LATE_PAYMENT_PENALTIES);
        assertThat(types(review)).doesNotContain(FindingType.NO_LATE_PENALTIES, FindingType.PENALTIES_ONE_WAY);
    }

    @Test
    void an_english_waiver_of_late_payment_interest_and_indemnity_is_one_waiver_finding() {
        String text = """
                CONSULTING AGREEMENT

                1. Services
                The Contractor provides ServiceNow development services to the Client.

                2. Fees
                The Contractor invoices monthly; invoices are payable within 30 days.

                3. Late payment
                No late payment penalty may be claimed by the Contractor, who waives any late-payment interest and \
                the fixed recovery indemnity.
                """;
        PreReview review = analyzer.analyze(text);

        assertThat(only(review, FindingType.LATE_PENALTIES_WAIVED).quote()).startsWith("No late payment penalty");
        assertThat(types(review)).doesNotContain(FindingType.NO_LATE_PENALTIES, FindingType.NO_RECOVERY_INDEMNITY,
                FindingType.PENALTIES_ONE_WAY);
    }

    @Test
    void the_provider_renouncing_penalties_in_french_is_a_waiver() {
        String text = contract("Article 3 - Retards de paiement",
                "En cas de retard de paiement, le Prestataire renonce expressément aux pénalités de retard.");

        assertThat(types(analyzer.analyze(text))).contains(FindingType.LATE_PENALTIES_WAIVED)
                .doesNotContain(FindingType.NO_LATE_PENALTIES);
    }

    @Test
    void delivery_penalties_spared_to_the_provider_are_not_a_waiver() {
        String text = contract("Article 3 - Livraison",
                "Aucune pénalité de retard de livraison ne sera appliquée au Prestataire.");

        assertThat(types(analyzer.analyze(text))).doesNotContain(FindingType.LATE_PENALTIES_WAIVED)
                .contains(FindingType.NO_LATE_PENALTIES);
    }

    @Test
    void statutory_penalties_written_in_full_are_neither_missing_nor_waived() {
        String text = contract("Article 3 - Pénalités", "Tout retard de paiement entraîne de plein droit des pénalités "
                + "de retard au taux de refinancement de la BCE majoré de dix points et une indemnité forfaitaire pour "
                + "frais de recouvrement de 40 euros.");

        assertThat(types(analyzer.analyze(text))).doesNotContain(FindingType.LATE_PENALTIES_WAIVED,
                FindingType.NO_LATE_PENALTIES, FindingType.NO_RECOVERY_INDEMNITY);
    }

    @Test
    void the_waiver_finding_has_an_explanation_and_a_rewrite_in_both_languages_citing_the_law() {
        Finding waiver = only(contract("Article 3 - Pénalités",
                "Aucune pénalité de retard ne pourra être réclamée par le Prestataire."), FindingType.LATE_PENALTIES_WAIVED);

        assertThat(waiver.explanationFr()).contains("L441-10").contains("40 €");
        assertThat(waiver.explanationEn()).contains("L441-10").contains("EUR 40");
        assertThat(waiver.rewriteFr()).contains("de plein droit");
        assertThat(waiver.rewriteEn()).contains("automatically");
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static String contract(String heading, String sentence) {
        return "CONTRAT DE PRESTATION\n\nArticle 1 - Objet\nLe Prestataire réalise une mission ServiceNow pour le "
                + "Client.\n\nArticle 2 - Paiement\nLes factures sont payables à 30 jours.\n\n" + heading + "\n"
                + sentence + "\n";
    }

    private Finding only(String text, FindingType type) {
        return only(analyzer.analyze(text), type);
    }

    private static Finding only(PreReview review, FindingType type) {
        List<Finding> found = review.findings().stream().filter(f -> f.type() == type).toList();
        assertThat(found).as("findings %s in %s", type, review.findings()).hasSize(1);
        return found.getFirst();
    }

    private static List<FindingType> types(PreReview review) {
        return review.findings().stream().map(Finding::type).toList();
    }
}
