package org.freelance.portal.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchSynonymsTest {

    private final SearchSynonyms synonyms = SearchSynonyms.of(List.of("# a comment",
            "rgpd, gdpr, données personnelles", "portage salarial, umbrella company", "acompte, deposit",
            "pénalités de retard, late fees", "lonely"));

    @Test
    void a_word_of_a_group_is_widened_to_the_whole_group() {
        assertThat(synonyms.expand("GDPR")).isEqualTo("(GDPR | rgpd | \"données personnelles\")");
        assertThat(synonyms.expand("clause GDPR client")).isEqualTo("clause (GDPR | rgpd | \"données personnelles\") client");
    }

    @Test
    void a_phrase_is_found_whatever_its_case_accents_and_plural() {
        assertThat(synonyms.expand("Umbrella Companies")).isEqualTo("(\"Umbrella Companies\" | \"portage salarial\")");
        assertThat(synonyms.expand("penalite de retard")).isEqualTo("(\"penalite de retard\" | \"late fees\")");
        assertThat(synonyms.expand("l'acompte")).isEqualTo("(l'acompte | deposit)");
    }

    @Test
    void the_longest_phrase_wins_and_words_of_no_group_stay_as_typed() {
        assertThat(synonyms.expand("données personnelles clients")).isEqualTo(
                "(\"données personnelles\" | rgpd | gdpr) clients");
        assertThat(synonyms.expand("facture impayée")).isEqualTo("facture impayée");
        assertThat(synonyms.expand("lonely")).isEqualTo("lonely");
    }

    @Test
    void a_compound_synonym_is_a_phrase_so_that_its_parts_never_match_alone() {
        // "non" alone matched any text holding it when a query accepting any word held non-payment
        assertThat(SearchSynonyms.standard().expand("impayé")).contains("\"non-payment\"", "\"non paiement\"")
                .doesNotContain("| non-payment");
    }

    @Test
    void compound_words_outside_quotes_become_phrases_and_quoted_text_is_kept() {
        assertThat(SearchSynonyms.quoteCompounds("clause pay-when-paid abusive"))
                .isEqualTo("clause \"pay-when-paid\" abusive");
        assertThat(SearchSynonyms.quoteCompounds("(impayé | \"non-payment\") non-paiement"))
                .isEqualTo("(impayé | \"non-payment\") \"non-paiement\"");
        // an apostrophe or a dot keeps a word whole for the analyzers: nothing to protect
        assertThat(SearchSynonyms.quoteCompounds("l’acompte d'avance e.g.")).isEqualTo("l’acompte d'avance e.g.");
        assertThat(SearchSynonyms.quoteCompounds("contrat 2025/2026")).isEqualTo("contrat \"2025/2026\"");
        assertThat(SearchSynonyms.quoteCompounds("acompte")).isEqualTo("acompte");
        assertThat(SearchSynonyms.quoteCompounds(null)).isNull();
    }

    @Test
    void quoting_compounds_stays_linear_on_hostile_input() {
        String hostile = "a-".repeat(100_000) + "!" + "'b".repeat(100_000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
                () -> SearchSynonyms.quoteCompounds(hostile));
    }

    @Test
    void a_query_written_with_the_query_syntax_is_left_alone() {
        assertThat(synonyms.expand("\"gdpr\" audit")).isEqualTo("\"gdpr\" audit");
        assertThat(synonyms.expand("gdpr -audit")).isEqualTo("gdpr -audit");
        assertThat(synonyms.expand("acompte | avance")).isEqualTo("acompte | avance");
        assertThat(synonyms.expand("  ")).isEqualTo("  ");
    }

    @Test
    void the_shipped_list_loads_and_links_french_and_english() {
        assertThat(SearchSynonyms.standard().expand("RGPD")).contains("gdpr");
        assertThat(SearchSynonyms.standard().expand("scope creep")).contains("\"dérive du périmètre\"");
        assertThat(SearchSynonyms.standard().expand("NDA")).contains("\"accord de confidentialité\"");
    }
}
