package org.freelance.portal.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Segmentation, durations, language, single rules and their edge cases, JSON and the command line. */
class ContractAnalyzerTest {

    final ContractAnalyzer analyzer = new ContractAnalyzer();

    @Test
    void segments_every_numbering_style_and_keeps_offsets() {
        String text = """
                Contrat de prestation

                Article 1 – Objet
                La mission porte sur ServiceNow.
                ARTICLE II : DURÉE
                Six mois.
                3. Prix
                650 € par jour.
                3.1 Révision
                Aucune.
                IV. Confidentialité
                Chacune des parties garde le secret.
                Section 5 - Fees
                Paid monthly.
                Clause 6
                Governing law: France.
                """;
        List<Clause> clauses = analyzer.analyze(text).clauses();
        assertThat(clauses).extracting(Clause::number).containsExactly("", "1", "II", "3", "3.1", "IV", "5", "6");
        assertThat(clauses).extracting(Clause::heading).containsExactly("Contrat de prestation", "Objet", "DURÉE",
                "Prix", "Révision", "Confidentialité", "Fees", "");
        Clause objet = clauses.get(1);
        assertThat(text.substring(objet.start(), objet.end())).startsWith("Article 1 – Objet")
                .endsWith("ServiceNow.\n");
        for (int i = 1; i < clauses.size(); i++) {
            assertThat(clauses.get(i).start()).isEqualTo(clauses.get(i - 1).end());
        }
        assertThat(clauses.getLast().end()).isEqualTo(text.length());
    }

    @Test
    void dates_and_amounts_at_line_start_are_not_headings() {
        String text = "Article 1 - Objet\nDébut le\n12 mars 2026 à Paris.\n2 000 € seront versés.\nArticle 2 - Prix\nx";
        assertThat(analyzer.analyze(text).clauses()).extracting(Clause::number).containsExactly("1", "2");
    }

    @Test
    void classifies_clauses_by_heading_and_body() {
        PreReview review = analyzer.analyze("""
                Article 1 - Prix et modalités de paiement
                Le prix est de 600 euros par jour.
                Article 2 - Clause de médiation
                Les parties rechercheront une solution amiable.
                """);
        assertThat(review.clauses().get(0).categories()).contains(ClauseCategory.PRICE, ClauseCategory.PAYMENT_TERMS);
        assertThat(review.clauses().get(1).categories()).contains(ClauseCategory.MEDIATION);
        assertThat(review.checklist()).filteredOn(i -> i.category() == ClauseCategory.MEDIATION).singleElement()
                .extracting(ChecklistItem::present).isEqualTo(true);
        assertThat(review.checklist()).filteredOn(i -> i.category() == ClauseCategory.INTELLECTUAL_PROPERTY)
                .singleElement().extracting(ChecklistItem::present).isEqualTo(false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "préavis de 8 jours|8|false",
            "pendant douze (12) mois|360|false",
            "for two years|730|false",
            "payable à 45 jours fin de mois|45|true",
            "within 60 days end of month|60|true",
            "quinze jours calendaires|15|false",
            "3 semaines|21|false"})
    void reads_durations(String text, int days, boolean endOfMonth) {
        List<Durations.Duration> found = Durations.find(ContractText.fold(text));
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().days()).isEqualTo(days);
        assertThat(found.getFirst().endOfMonth()).isEqualTo(endOfMonth);
    }

    @Test
    void detects_french_and_english() {
        assertThat(analyzer.analyze("Le Prestataire s'engage à réaliser la mission pour le Client.").language())
                .isEqualTo(ContractLanguage.FR);
        assertThat(analyzer.analyze("The Consultant shall perform the services for the Client.").language())
                .isEqualTo(ContractLanguage.EN);
    }

    @Test
    void folding_keeps_the_length_so_offsets_stay_true() {
        String original = "Propriété « intellectuelle » – Œuvre : 1\u202f000 €";
        assertThat(ContractText.fold(original)).hasSameSizeAs(original).startsWith("propriete \"");
    }

    @Test
    void payment_terms_at_the_legal_limit_are_accepted_and_beyond_are_flagged() {
        assertThat(types("Article 1 - Paiement\nLes factures sont payables à 60 jours date de facture.")).doesNotContain(
                FindingType.PAYMENT_TOO_LATE);
        assertThat(types("Article 1 - Paiement\nLes factures sont payables à 45 jours fin de mois.")).doesNotContain(
                FindingType.PAYMENT_TOO_LATE);
        assertThat(types("Article 1 - Paiement\nLes factures sont payables à 60 jours fin de mois.")).contains(
                FindingType.PAYMENT_TOO_LATE);
        assertThat(types("1. Payment\nInvoices are payable within 75 days of receipt.")).contains(
                FindingType.PAYMENT_TOO_LATE);
    }

    @Test
    void a_twelve_month_regional_compensated_non_compete_is_balanced() {
        List<FindingType> found = types("""
                Article 7 - Non-concurrence
                Le Prestataire s'interdit, pendant douze (12) mois à compter de la fin du contrat, de travailler \
                directement pour le client final en Île-de-France. En contrepartie, le Client versera une indemnité \
                mensuelle égale à 20 % de la rémunération moyenne.
                """);
        assertThat(found).doesNotContain(FindingType.NON_COMPETE_TOO_LONG, FindingType.NON_COMPETE_TOO_WIDE,
                FindingType.NON_COMPETE_NO_COMPENSATION, FindingType.NON_COMPETE_GROUP_WIDE);
    }

    @Test
    void mutual_confidentiality_and_a_mediation_clause_raise_nothing() {
        List<FindingType> found = types("""
                Article 1 - Confidentialité
                Chacune des parties s'engage à garder confidentielles les informations de l'autre partie.
                Article 2 - Litiges
                Avant toute action, les parties recherchent une solution amiable avec l'aide d'un médiateur.
                """);
        assertThat(found).doesNotContain(FindingType.CONFIDENTIALITY_ONE_SIDED, FindingType.NO_MEDIATION);
    }

    @Test
    void a_blank_contract_gives_an_empty_review_with_every_checklist_item_missing() {
        PreReview review = analyzer.analyze("   ");
        assertThat(review.clauses()).isEmpty();
        assertThat(review.findings()).isEmpty();
        assertThat(review.checklist()).isNotEmpty().noneMatch(ChecklistItem::present);
        assertThat(analyzer.analyze(null).clauses()).isEmpty();
    }

    @Test
    void every_finding_quotes_the_contract_at_its_offsets_and_explains_in_both_languages() {
        String text = """
                Article 1 - Responsabilité
                Le Prestataire est responsable de l'intégralité des dommages directs et indirects, sans limitation.
                Article 2 - Paiement
                Paiement à 90 jours.
                """;
        for (Finding finding : analyzer.analyze(text).findings()) {
            if (!finding.isAboutMissingClause()) {
                assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.quote());
            }
            assertThat(finding.explanationFr()).isNotBlank().isNotEqualTo(finding.explanationEn());
            assertThat(finding.rewriteEn()).isNotBlank();
        }
        assertThat(types(text)).contains(FindingType.UNLIMITED_LIABILITY, FindingType.PAYMENT_TOO_LATE);
    }

    @Test
    void findings_are_ordered_worst_first() {
        List<Severity> severities = analyzer.analyze("""
                Article 1 - Responsabilité
                Le Prestataire est responsable de l'intégralité des dommages, sans limitation.
                """).findings().stream().map(Finding::severity).toList();
        assertThat(severities).isSorted();
    }

    @Test
    void command_line_prints_json_and_reports_bad_usage(@TempDir Path folder) throws Exception {
        Path contract = folder.resolve("contrat.txt");
        Files.writeString(contract, "Article 1 - Objet \"ServiceNow\"\nMission.\nArticle 2 - Paiement\nà 90 jours.",
                StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ContractAnalyzerCli.run(new String[] {contract.toString()}, new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(json).startsWith("{").contains("\"language\": \"FR\"").contains("\"type\": \"PAYMENT_TOO_LATE\"")
                .contains("\"heading\": \"Objet \\\"ServiceNow\\\"\"").contains("\"checklist\"");
        assertThat(ContractAnalyzerCli.run(new String[0], new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(ContractAnalyzerCli.run(new String[] {folder.resolve("absent.txt").toString()}, new PrintStream(out),
                new PrintStream(err))).isEqualTo(1);
    }

    private List<FindingType> types(String text) {
        return analyzer.analyze(text).findings().stream().map(Finding::type).toList();
    }
}
