package org.freelance.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.freelance.portal.review.Passages.Span;
import org.junit.jupiter.api.Test;

/** A pasted passage is found in the contract text whatever its line breaks and spaces (issue 12, item 11). */
class PassagesTest {

    /** As a PDF extraction gives it: lines broken where the page broke them. */
    static final String EXTRACTED = "Article 2 – Prix et paiement\nLes factures sont payables à 90\njours fin de mois, "
            + "après réception du\n  règlement du client final. Le Client s’engage à payer.";

    @Test
    void a_passage_typed_on_one_line_matches_the_text_broken_over_several_lines() {
        String typed = "payables à 90 jours fin de mois, après réception du règlement";

        Span span = Passages.find(EXTRACTED, typed, 0, EXTRACTED.length()).orElseThrow();

        assertThat(EXTRACTED.substring(span.start(), span.end()))
                .isEqualTo("payables à 90\njours fin de mois, après réception du\n  règlement");
    }

    @Test
    void a_passage_copied_with_its_own_line_breaks_and_spaces_matches_a_text_on_one_line() {
        String text = "Le Client peut résilier le contrat à tout moment, sans motif.";

        Span span = Passages.find(text, "  résilier le\r\ncontrat à\ttout\u00a0moment ", 0, text.length()).orElseThrow();

        assertThat(text.substring(span.start(), span.end())).isEqualTo("résilier le contrat à tout moment");
    }

    @Test
    void straight_and_typographic_apostrophes_match() {
        assertThat(Passages.find(EXTRACTED, "Le Client s'engage", 0, EXTRACTED.length())).isPresent();
    }

    @Test
    void the_search_starts_in_the_chosen_clause_and_missing_or_blank_passages_are_not_found() {
        String text = "Article 1\nLe Client paie.\nArticle 2\nLe Client paie.";
        int second = text.indexOf("Article 2");

        assertThat(Passages.find(text, "Le Client paie.", second, text.length())).get().extracting(Span::start)
                .isEqualTo(text.lastIndexOf("Le Client"));
        assertThat(Passages.find(text, "Le Client paie tard", 0, text.length())).isEmpty();
        assertThat(Passages.find(text, "Le Clientpaie", 0, text.length())).as("a space is needed where there is one")
                .isEmpty();
        assertThat(Passages.find(text, "   ", 0, text.length())).isEmpty();
        assertThat(Passages.find(null, "x", 0, 10)).isEmpty();
    }
}
