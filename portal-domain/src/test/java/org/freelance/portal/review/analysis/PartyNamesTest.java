package org.freelance.portal.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who is who: role words, names the contract defines in parentheses, and the party that holds a right. */
class PartyNamesTest {

    final PartyNames plain = new PartyNames("contrat de prestation entre le client et le prestataire.");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "le client pourra resilier le contrat a tout moment|CLIENT",
        "le prestataire pourra resilier le contrat|PROVIDER",
        "chacune des parties pourra resilier le contrat|EITHER",
        "the consultant may terminate, and so may the client|PROVIDER",
        "either party may terminate this agreement with the client's consent|EITHER",
        "the company may end the engagement of the contractor|CLIENT"})
    void the_first_party_named_in_a_sentence_holds_its_right(String folded, Party holder) {
        assertThat(plain.firstNamed(folded)).isEqualTo(holder);
    }

    @Test
    void a_sentence_naming_no_party_has_no_holder() {
        assertThat(plain.firstNamed("le present contrat prend effet a sa signature")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"prestataire|PROVIDER", "consultante|PROVIDER", "contractor|PROVIDER",
        "client|CLIENT", "societe|CLIENT", "agence|CLIENT", "customer|CLIENT"})
    void a_role_word_stands_for_its_party(String word, Party party) {
        assertThat(plain.namedBy(word)).isEqualTo(party);
    }

    @Test
    void a_word_that_is_no_role_and_no_defined_name_stands_for_nobody() {
        assertThat(plain.namedBy("partner")).isNull();
        assertThat(plain.namedBy("we")).isNull();
        assertThat(plain.clientAlias()).isNull();
    }

    @Test
    void names_defined_in_parentheses_stand_for_the_party_of_their_group() {
        PartyNames parties = new PartyNames("gignest sas (\"gignest\", \"we\", \"us\") and you (\"you\" or the "
                + "\"freelancer\") agree as follows.");

        assertThat(parties.firstNamed("we may end the engagement at any time")).isEqualTo(Party.CLIENT);
        assertThat(parties.firstNamed("your work may be ended by gignest")).isEqualTo(Party.PROVIDER);
        assertThat(parties.namedBy("gignest")).isEqualTo(Party.CLIENT);
        assertThat(parties.namedBy("our")).isEqualTo(Party.CLIENT);
        assertThat(parties.namedBy("you")).isEqualTo(Party.PROVIDER);
        assertThat(parties.clientAlias()).isNotNull();
    }

    @Test
    void a_group_naming_both_parties_or_the_parties_defines_no_name() {
        PartyNames parties = new PartyNames("(\"acme\", the \"client\", the \"consultant\") and (the \"parties\")");

        assertThat(parties.namedBy("acme")).isNull();
        assertThat(parties.clientAlias()).isNull();
    }

    @Test
    void the_other_party_of_the_client_is_the_provider_and_back_and_either_stays_either() {
        assertThat(Party.CLIENT.other()).isEqualTo(Party.PROVIDER);
        assertThat(Party.PROVIDER.other()).isEqualTo(Party.CLIENT);
        assertThat(Party.EITHER.other()).isEqualTo(Party.EITHER);
    }
}
