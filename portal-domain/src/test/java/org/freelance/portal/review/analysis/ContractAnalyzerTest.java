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

    // --- cases found with the labelled corpus (each failed before the rule was improved) ------------

    @Test
    void headings_without_numbers_cut_clauses_when_the_contract_has_no_numbered_heading() {
        String text = """
                CONTRAT-CADRE DE PRESTATIONS

                CONFIDENTIALITÉ

                Le Freelance s'engage à ne divulguer à quiconque les informations de la Plateforme.

                Scope of Work
                The Developer will build a booking portal.
                """;
        assertThat(analyzer.analyze(text).clauses()).extracting(Clause::heading)
                .containsExactly("CONTRAT-CADRE DE PRESTATIONS", "CONFIDENTIALITÉ", "Scope of Work");
        assertThat(analyzer.analyze("Article 1 - Objet\nMission.\n\nPréambule\nTexte.\nArticle 2 - Prix\nx\n"
                + "Article 3 - Durée\ny").clauses()).extracting(Clause::number).containsExactly("1", "2", "3");
    }

    @Test
    void a_sub_clause_without_heading_belongs_to_its_parent_heading() {
        List<FindingType> found = types("""
                8. NON-CONCURRENCE

                8.1 Pendant douze (12) mois suivant la fin de la mission, le Consultant s'interdit de réaliser pour \
                le Bénéficiaire des prestations de même nature.

                8.2 En contrepartie, le Client verse au Consultant une indemnité mensuelle égale à 25 % des honoraires.
                """);
        assertThat(found).doesNotContain(FindingType.NON_COMPETE_NO_COMPENSATION);
    }

    @Test
    void staff_non_solicitation_is_neither_a_non_compete_nor_exclusivity() {
        List<FindingType> found = types("""
                Article 9 – Non-sollicitation
                Pendant la durée du contrat et les douze mois suivant son terme, chacune des Parties s'interdit de \
                solliciter l'embauche d'un salarié de l'autre Partie ayant participé à la mission.
                """);
        assertThat(found).doesNotContain(FindingType.NON_COMPETE_NO_COMPENSATION, FindingType.EXCLUSIVITY);
    }

    @Test
    void a_us_style_covenant_is_long_wide_group_wide_and_unpaid() {
        List<FindingType> found = types("""
                Section 8. Restrictive Covenants
                (a) For a period of two (2) years thereafter, Contractor shall not, anywhere in the world, directly \
                or indirectly, provide services to any competitor of Company or of any of its Affiliates.
                (b) Contractor acknowledges that the fees paid under this Agreement constitute adequate \
                consideration for the covenants in this Section 8, and that no further payment is due.
                """);
        assertThat(found).contains(FindingType.NON_COMPETE_TOO_LONG, FindingType.NON_COMPETE_TOO_WIDE,
                FindingType.NON_COMPETE_GROUP_WIDE, FindingType.NON_COMPETE_NO_COMPENSATION);
    }

    @Test
    void undertakings_to_each_other_are_mutual_and_a_designer_alone_is_one_sided() {
        assertThat(types("""
                7 - CONFIDENTIALITY
                The Company and the Contractor each undertake to keep confidential the information they receive \
                from each other.
                """)).doesNotContain(FindingType.CONFIDENTIALITY_ONE_SIDED);
        assertThat(types("""
                Article 7 : Confidentialité
                L'Agence et le Prestataire s'engagent l'un envers l'autre à garder confidentielles les informations.
                """)).doesNotContain(FindingType.CONFIDENTIALITY_ONE_SIDED);
        assertThat(types("""
                Article 5 – Confidentiality
                The Designer undertakes to keep strictly confidential all information about the Client's products.
                """)).contains(FindingType.CONFIDENTIALITY_ONE_SIDED);
    }

    @Test
    void termination_words_and_defined_party_names_are_understood() {
        assertThat(types("""
                ARTICLE 11 – RÉSILIATION
                La Société peut mettre un terme au présent contrat à tout moment, moyennant un délai de prévenance \
                d'un mois.
                Le Prestataire ne peut résilier le contrat qu'en cas de manquement grave de la Société.
                """)).contains(FindingType.TERMINATION_CLIENT_ONLY);
        assertThat(types("""
                Section 10. Termination
                (a) Company may terminate this Agreement at any time, for any reason, upon thirty (30) days' notice.
                """)).contains(FindingType.TERMINATION_CLIENT_ONLY);
        List<FindingType> bothMayEnd = types("""
                Clause 9 Termination
                9.1 The Agency may end the Assignment at any time, with immediate effect and without notice, if the \
                End Client no longer requires the services.
                9.2 The Contractor may end the Assignment by giving the Agency one month's written notice.
                """);
        assertThat(bothMayEnd).contains(FindingType.NOTICE_TOO_SHORT, FindingType.NOTICE_ASYMMETRIC)
                .doesNotContain(FindingType.TERMINATION_CLIENT_ONLY);
    }

    @Test
    void rights_passing_as_invoices_are_paid_are_not_transferred_before_payment() {
        assertThat(types("""
                ARTICLE 8 – PROPRIÉTÉ DES DÉVELOPPEMENTS
                Les droits patrimoniaux d'auteur sur les développements sont cédés à la Société au fur et à mesure \
                du paiement des factures correspondantes.
                """)).doesNotContain(FindingType.IP_BEFORE_PAYMENT);
    }

    @Test
    void pre_existing_tools_are_flagged_only_when_the_text_says_they_pre_exist_and_are_assigned() {
        assertThat(types("""
                Article 6 – Propriété intellectuelle
                Les droits sur les livrables créés pour le Client (paramétrages, scripts, documents de recette) lui \
                sont cédés à compter du paiement intégral.
                Les outils du Prestataire, antérieurs au contrat, restent sa propriété.
                """)).doesNotContain(FindingType.IP_PREEXISTING_TOOLS);
        assertThat(types("""
                VII. Intellectual property
                The rights in the code are assigned to the Client upon payment in full of the corresponding invoices. \
                The Consultant keeps the rights in his generic tools and know-how.
                """)).doesNotContain(FindingType.IP_PREEXISTING_TOOLS);
        assertThat(types("""
                7. Propriété intellectuelle
                Cette cession porte également sur les composants et bibliothèques que le Prestataire a développés \
                antérieurement et qu'il réutilise dans le projet.
                """)).contains(FindingType.IP_PREEXISTING_TOOLS);
    }

    @Test
    void payment_delays_are_read_in_payment_sentences_only() {
        assertThat(types("Section 4. Compensation\nCompany shall pay each undisputed invoice net ninety (90) days "
                + "from receipt.")).contains(FindingType.PAYMENT_TOO_LATE);
        assertThat(types("""
                Article 12 – Règlement des différends
                À défaut d'accord amiable dans un délai de trois mois, le litige est porté devant le tribunal.
                """)).doesNotContain(FindingType.PAYMENT_TOO_LATE);
        assertThat(types("""
                Software Development Agreement

                Payment

                Invoices are due thirty days from the invoice date.

                Warranty

                For three months after the final release, the Developer will correct free of charge any defect.

                Liability

                Company's total liability shall not exceed the fees paid in the three months preceding the claim.
                """)).doesNotContain(FindingType.PAYMENT_TOO_LATE);
    }

    @Test
    void pay_when_paid_is_about_the_end_client_paying_not_about_rights_passing_once_paid() {
        assertThat(types("""
                Article 6 – Rights in the designs
                Once the price has been paid in full, the Designer assigns to the Client the rights to the logo.
                """)).doesNotContain(FindingType.PAY_WHEN_PAID);
        assertThat(types("""
                Article 4 : Paiement
                L'Agence règle chaque facture dans les dix jours suivant l'encaissement du paiement correspondant de \
                l'Annonceur ; le Prestataire reconnaît que l'Agence n'est tenue de le payer qu'une fois elle-même payée.
                """)).contains(FindingType.PAY_WHEN_PAID);
    }

    @Test
    void late_payment_interest_in_plain_english_counts_and_only_the_recovery_indemnity_counts_as_one() {
        assertThat(types("5.3 Any amount not paid when due shall bear interest at three times the French statutory "
                + "interest rate.")).doesNotContain(FindingType.NO_LATE_PENALTIES);
        assertThat(types("""
                7) Non-concurrence
                En contrepartie, l'Agence verse à la Prestataire une indemnité forfaitaire de 1 500 euros hors taxes.
                """)).contains(FindingType.NO_RECOVERY_INDEMNITY);
        assertThat(types("Article 5 - Paiement\nTout retard entraîne des pénalités et l'indemnité forfaitaire "
                + "prévue à l'article D441-5 du Code de commerce.")).doesNotContain(FindingType.NO_RECOVERY_INDEMNITY);
    }

    @Test
    void progress_and_prior_approval_are_not_deposits_but_a_share_invoiced_on_signature_is() {
        String longMission = "Art. 2 — Calendrier\nLa mission dure cinq mois.\nArt. 4 — Prix\nLe prix est de 45 000 "
                + "euros hors taxes.\n";
        assertThat(types(longMission + "Art. 11 — Résiliation\nLes travaux sont payés au prorata de l'avancement "
                + "constaté.")).contains(FindingType.NO_DEPOSIT_LONG_MISSION);
        assertThat(types("Section 2. Term\nThe term is twelve (12) months.\nSection 4. Compensation\nContractor "
                + "bears its own expenses unless Company has approved them in writing in advance."))
                .contains(FindingType.NO_DEPOSIT_LONG_MISSION);
        assertThat(types("Section 2 – Term\nThe term is six months.\nSection 3 – Fees\n30% of the fee is invoiced "
                + "on signature of this letter.")).doesNotContain(FindingType.NO_DEPOSIT_LONG_MISSION);
    }

    @Test
    void a_cap_protecting_only_the_client_does_not_limit_the_freelancer_liability() {
        assertThat(types("""
                Section 9. Indemnification; Limitation of Liability
                (a) Contractor shall indemnify and hold harmless Company from and against any and all losses, \
                damages and costs arising out of the Services.
                (b) COMPANY'S TOTAL LIABILITY UNDER THIS AGREEMENT SHALL NOT EXCEED THE FEES PAID IN THREE MONTHS.
                """)).contains(FindingType.UNLIMITED_LIABILITY);
        assertThat(types("""
                9. RESPONSABILITÉ
                9.1 Le Consultant s'engage à indemniser intégralement le Client, sans plafond ni franchise.
                """)).contains(FindingType.UNLIMITED_LIABILITY);
        assertThat(types("""
                ARTICLE IX - RESPONSABILITÉ
                Le Prestataire garantit le Client contre toutes les conséquences de ses fautes, sans limitation de \
                montant, y compris les pénalités que le Client final appliquerait au Client.
                """)).contains(FindingType.UNLIMITED_LIABILITY).doesNotContain(FindingType.PENALTIES_ONE_WAY);
    }

    @Test
    void liquidated_damages_on_a_developer_alone_are_one_way() {
        assertThat(types("""
                Liquidated Damages
                If a milestone is delivered late for reasons attributable to the Developer, the Customer may apply \
                liquidated damages of 0.5% of the fixed price per working day of delay.
                """)).contains(FindingType.PENALTIES_ONE_WAY);
    }

    @Test
    void a_client_may_change_the_scope_even_with_words_between_subject_and_verb() {
        assertThat(types("1.2 Le Client pourra, en fonction des priorités du Bénéficiaire, redéfinir à tout moment "
                + "le contenu des travaux confiés au Consultant.")).contains(FindingType.UNILATERAL_CHANGE);
        assertThat(types("Section 3. Changes\nCompany may, at any time and by written notice to Contractor, change "
                + "the scope of the Services.")).contains(FindingType.UNILATERAL_CHANGE);
    }

    @Test
    void prices_exclusive_of_vat_are_not_exclusivity_but_devoting_all_activity_is() {
        assertThat(types("(a) Company shall pay Contractor a daily rate of EUR 580, exclusive of VAT, for each day of "
                + "Services performed.")).doesNotContain(FindingType.EXCLUSIVITY);
        assertThat(types("5. EXCLUSIVITÉ\nPendant la mission, le Consultant consacre l'intégralité de son activité "
                + "professionnelle au Client.")).contains(FindingType.EXCLUSIVITY);
    }

    // --- cases found with the held-out contracts 21-24 ----------------------------------------------

    @Test
    void the_duration_of_a_licence_is_not_a_payment_term() {
        assertThat(types("5. Droits d'utilisation\nAprès paiement intégral, la photographe cède au client les "
                + "droits de reproduction des photographies, pour une durée de cinq ans.")).doesNotContain(
                FindingType.PAYMENT_TOO_LATE);
    }

    @Test
    void a_capped_number_of_days_at_a_daily_rate_sizes_the_mission() {
        assertThat(types("""
                2. Fees
                2.1 The Client shall pay the Consultant a fee of EUR 800 per day, excluding VAT, up to a maximum of \
                30 days unless otherwise agreed in writing.
                """)).contains(FindingType.NO_DEPOSIT_LONG_MISSION);
    }

    @Test
    void service_credits_owed_by_the_consultant_alone_are_one_way_penalties() {
        assertThat(types("""
                3. Service levels
                3.1 If the report is delivered late, the Client shall be entitled to a service credit of 5% of the \
                fees for each week of delay, which the Consultant shall credit against her next invoice.
                """)).contains(FindingType.PENALTIES_ONE_WAY);
    }

    @Test
    void phrases_split_by_the_line_breaks_of_hard_wrapped_text_are_read_whole() {
        assertThat(types("""
                6. Other activities
                6.1 During the term of this agreement the Consultant shall not be engaged or concerned in any other
                business or engagement that takes up her time, without the prior written consent of the Client.
                """)).contains(FindingType.EXCLUSIVITY);
    }

    @Test
    void parties_named_we_and_you_in_platform_terms_are_the_client_and_the_freelancer() {
        List<FindingType> found = types("""
                These terms apply between Gignest Ltd ("Gignest", "we", "us") and any independent professional \
                ("you" or the "Freelancer").

                4) Changes to these terms and to our fees
                We may change these terms, including the amount of the service fee, at any time by publishing them.

                8) Responsibility for your services
                You shall indemnify Gignest and the Client against any and all claims, losses and expenses arising \
                from your services. Gignest's liability to you is limited to the service fees it received from you \
                in the twelve months preceding the claim.

                9) Suspension and closure
                We may suspend or close your account at any time, for any reason, with or without notice. You may \
                close your account at any time from your settings page.
                """);
        assertThat(found).contains(FindingType.UNILATERAL_CHANGE, FindingType.UNLIMITED_LIABILITY,
                FindingType.NOTICE_TOO_SHORT).doesNotContain(FindingType.TERMINATION_CLIENT_ONLY,
                FindingType.NO_DEPOSIT_LONG_MISSION);
    }

    @Test
    void a_restriction_counted_from_the_last_project_is_post_contractual() {
        assertThat(types("""
                7) Working outside the marketplace
                For twenty-four (24) months after your last project with a Client that you met through the \
                marketplace, you shall not provide services to that Client, or to any of its affiliates.
                """)).contains(FindingType.NON_COMPETE_TOO_LONG, FindingType.NON_COMPETE_GROUP_WIDE,
                FindingType.NON_COMPETE_NO_COMPENSATION);
    }

    @Test
    void payment_released_once_funds_are_received_from_the_client_is_pay_when_paid() {
        assertThat(types("""
                3) Fees and payments
                Payment of a milestone is released to you within five business days after the Client has approved \
                the milestone and the funds have been received by Gignest from the Client.
                """)).contains(FindingType.PAY_WHEN_PAID);
    }

    private List<FindingType> types(String text) {
        return analyzer.analyze(text).findings().stream().map(Finding::type).toList();
    }
}
