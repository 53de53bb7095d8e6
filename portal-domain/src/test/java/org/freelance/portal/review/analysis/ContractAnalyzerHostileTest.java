package org.freelance.portal.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.freelance.portal.review.ContractTextExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pre-review's regular expressions on hostile text of the largest size a contract may have (a
 * pasted text or the text read from a file): each ends in a time that grows with the text, not with
 * its square. The bound is generous (an ordinary million characters takes about 2 s on a quiet
 * 2-core machine, 5 s on a loaded one); a quadratic pattern takes hours.
 */
class ContractAnalyzerHostileTest {

    static final int MAX = ContractTextExtractor.MAX_CHARACTERS;

    @ParameterizedTest(name = "\"{0}\" repeated")
    @ValueSource(strings = {"1", "1 € ", "12 345,67 ", "Ab", "a@b.", "M. Jean ", "12/03/2026 ", "Ab1-.é@", "+33 6 "})
    void the_pre_review_of_a_hostile_text_of_the_maximum_size_ends_in_bounded_time(String unit) {
        String text = unit.repeat(MAX / unit.length());

        PreReview review = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new ContractAnalyzer().analyze(text));

        assertThat(review).isNotNull();
    }
}
