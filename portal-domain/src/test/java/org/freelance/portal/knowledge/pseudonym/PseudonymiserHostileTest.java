package org.freelance.portal.knowledge.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pseudonymiser on hostile text of the largest size a lesson learned's longest field takes
 * (200,000 characters): each ends in a time that grows with the text, not with its square. An
 * ordinary text of that size takes well under a second on a quiet 2-core machine; the bound is
 * generous for a loaded one.
 */
class PseudonymiserHostileTest {

    static final int MAX = 200_000;
    static final List<KnownParty> PARTIES = List.of(KnownParty.organisation(PartyRole.CLIENT, "Alpha Conseil"),
            KnownParty.person(PartyRole.CLIENT_CONTACT, "Jeanne Martin", "jeanne@alpha.example"));

    @ParameterizedTest(name = "\"{0}\" repeated")
    @ValueSource(strings = {"Jean ", "M. Jean ", "Jeanne Martin ", "1 € ", "FR76 ", "12 rue ", "a@b.", "@", "Ab1-.é@",
            "+33 6 ", "12/03/2026 "})
    void a_hostile_text_of_the_maximum_size_is_pseudonymised_in_bounded_time(String unit) {
        String text = unit.repeat(MAX / unit.length());

        PseudonymisedText result = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> new Pseudonymiser().session(PARTIES, "fr").apply(text));

        assertThat(result).isNotNull();
    }
}
