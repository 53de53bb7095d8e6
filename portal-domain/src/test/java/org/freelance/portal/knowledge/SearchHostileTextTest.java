package org.freelance.portal.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.freelance.portal.base.PortalException;
import org.junit.jupiter.api.Test;

/** Search text is a question, not a document: bounded at the service, and its synonym expansion linear. */
class SearchHostileTextTest {

    @Test
    void a_search_text_longer_than_the_limit_is_refused_before_any_work() {
        String tooLong = "acompte ".repeat(KnowledgeSearch.MAX_QUERY_CHARS);

        assertThatThrownBy(() -> KnowledgeSearch.run(null, Article.class, true, KnowledgeSearch.Query.of(tooLong)))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.text.too-long"));
    }

    @Test
    void a_search_text_of_the_maximum_size_made_of_hostile_words_expands_in_bounded_time() {
        String words = ("l'acompte!!!" + "-".repeat(40) + "x ").repeat(KnowledgeSearch.MAX_QUERY_CHARS / 55);
        assertThat(words.length()).isLessThanOrEqualTo(KnowledgeSearch.MAX_QUERY_CHARS);

        String expanded = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> SearchSynonyms.standard().expand(words));

        assertThat(expanded).isNotBlank();
    }

    @Test
    void a_long_run_of_punctuation_inside_one_word_is_trimmed_in_linear_time() {
        // the trimming pattern anchored at the end was retried at each character of the run
        String word = "a" + "!".repeat(300_000) + "b";

        String expanded = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> SearchSynonyms.standard().expand(word));

        assertThat(expanded).isEqualTo(word);
    }

    @Test
    void trimming_keeps_what_it_kept_before() {
        SearchSynonyms synonyms = SearchSynonyms.of(java.util.List.of("acompte, deposit", "RC Pro, professional liability"));
        assertThat(synonyms.expand("«l'acompte»")).isEqualTo("(«l'acompte» | deposit)");
        assertThat(synonyms.expand("...deposits!")).isEqualTo("(...deposits! | acompte)");
        assertThat(synonyms.expand("rc-pro")).isEqualTo("rc-pro");
        assertThat(synonyms.expand("(RC) pro")).isEqualTo("(RC) pro");
        assertThat(synonyms.expand("²deposit²")).isEqualTo("²deposit²");
    }
}
