package org.freelance.portal.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each named limit of the rules, just at it and just beyond it. */
class RuleLimitsTest {

    final ContractAnalyzer analyzer = new ContractAnalyzer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "soixante (60) jours à compter de la date de facture|false",
        "soixante et un (61) jours à compter de la date de facture|true",
        "quarante-cinq (45) jours fin de mois|false",
        "quarante-six (46) jours fin de mois|true"})
    void payment_beyond_article_L441_10_is_too_late(String delay, boolean flagged) {
        List<FindingType> types = types("Article 1 - Paiement\nLes factures sont payables à " + delay + ".");

        assertThat(types.contains(FindingType.PAYMENT_TOO_LATE)).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"quatre (4) semaines|false", "vingt-sept (27) jours|true",
        "un (1) mois|false", "quinze (15) jours|true"})
    void a_notice_shorter_than_four_weeks_is_too_short(String notice, boolean flagged) {
        List<FindingType> types = types("Article 1 - Résiliation\nChacune des parties peut résilier le contrat "
                + "moyennant un préavis de " + notice + ".");

        assertThat(types.contains(FindingType.NOTICE_TOO_SHORT)).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"douze (12) mois|false", "un (1) an|false", "dix-huit (18) mois|true",
        "deux (2) ans|true"})
    void a_non_compete_beyond_a_year_is_too_long(String length, boolean flagged) {
        List<FindingType> types = types("Article 1 - Non-concurrence\nLe Prestataire s'interdit, pendant " + length
                + " suivant la fin du contrat, de travailler pour les concurrents du Client en Bretagne. "
                + "En contrepartie, le Client versera une indemnité mensuelle.");

        assertThat(types.contains(FindingType.NON_COMPETE_TOO_LONG)).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "La mission dure trois (3) mois.|false",
        "La mission dure quatre (4) mois.|true",
        "Le prix forfaitaire de la mission est de 20 000 euros.|false",
        "Le prix forfaitaire de la mission est de 20 500 euros.|true"})
    void a_mission_longer_than_three_months_or_above_twenty_thousand_euros_wants_a_deposit(String size,
            boolean flagged) {
        List<FindingType> types = types("Article 1 - Objet\nLe Prestataire réalise un site web. " + size);

        assertThat(types.contains(FindingType.NO_DEPOSIT_LONG_MISSION)).isEqualTo(flagged);
    }

    private List<FindingType> types(String text) {
        return analyzer.analyze(text).findings().stream().map(Finding::type).toList();
    }
}
