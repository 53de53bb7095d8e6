package org.freelance.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.freelance.portal.base.PortalException;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class PasswordPolicyTest {

    private static String key(Throwable e) {
        return ((PortalException) e).messageKey();
    }

    @Test
    void a_password_of_eleven_characters_is_too_short_and_twelve_is_enough() {
        assertThatThrownBy(() -> PasswordPolicy.check("onze-caract"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.password.too-short"))
                .satisfies(e -> assertThat(((PortalException) e).arguments()).containsExactly(12));
        assertThatCode(() -> PasswordPolicy.check("douze-caract")).doesNotThrowAnyException();
    }

    @Test
    void null_blank_and_spaces_only_are_too_short() {
        for (String bad : new String[] { null, "", "            ", "\t\t\t\t\t\t\t\t\t\t\t\t\t" }) {
            assertThatThrownBy(() -> PasswordPolicy.check(bad))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.password.too-short"));
        }
    }

    @Test
    void the_length_counts_characters_not_bytes_or_utf16_units() {
        // eleven emoji are 22 UTF-16 units but eleven characters
        String elevenEmoji = "😀".repeat(11);
        assertThatThrownBy(() -> PasswordPolicy.check(elevenEmoji))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.password.too-short"));
    }

    @Test
    void every_password_between_73_and_128_bytes_is_refused_with_the_byte_rule_before_hashing() {
        for (int length = 73; length <= 128; length++) {
            String password = "a".repeat(length);
            assertThatThrownBy(() -> PasswordPolicy.check(password))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.password.too-long"))
                    .satisfies(e -> assertThat(((PortalException) e).arguments()).containsExactly(72));
        }
    }

    @Test
    void accents_count_as_two_bytes_so_thirty_seven_accented_letters_are_too_long() {
        String accented = "é".repeat(37);
        assertThat(accented.getBytes(StandardCharsets.UTF_8)).hasSize(74);
        assertThatThrownBy(() -> PasswordPolicy.check(accented))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.password.too-long"));
        assertThatCode(() -> PasswordPolicy.check("é".repeat(36))).doesNotThrowAnyException();
    }

    @Test
    void the_longest_accepted_password_is_hashed_and_matched_by_the_portals_encoder() {
        String longest = "b".repeat(71) + "c";
        PasswordPolicy.check(longest);
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode(longest);
        assertThat(encoder.matches(longest, hash)).isTrue();
        assertThat(encoder.matches("b".repeat(71) + "d", hash)).isFalse();
    }
}
