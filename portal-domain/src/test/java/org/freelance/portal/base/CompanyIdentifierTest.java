package org.freelance.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyIdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "732 829 320", "552100554", "542 107 651", "443 061 841"})
    void valid_sirens(String siren) {
        assertThat(CompanyIdentifier.isValidSiren(siren)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"732829321", "12345678", "1234567890", "73282932A", "", "000000001"})
    void invalid_sirens(String siren) {
        assertThat(CompanyIdentifier.isValidSiren(siren)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "732 829 320 00074", "55210055400013", "35600000000048",
            "35600000049837"})
    void valid_sirets_including_la_poste(String siret) {
        assertThat(CompanyIdentifier.isValidSiret(siret)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000075", "7328293200007", "35600000049838"})
    void invalid_sirets(String siret) {
        assertThat(CompanyIdentifier.isValidSiret(siret)).isFalse();
    }

    @Test
    void check_normalises_accepts_blank_and_refuses_bad_digits_with_a_key() {
        assertThat(CompanyIdentifier.check(" 732 829 320 ")).isEqualTo("732829320");
        assertThat(CompanyIdentifier.check("732.829.320.00074")).isEqualTo("73282932000074");
        assertThat(CompanyIdentifier.check("  ")).isNull();
        assertThat(CompanyIdentifier.check(null)).isNull();
        assertThatThrownBy(() -> CompanyIdentifier.check("732 829 321")).isInstanceOf(PortalException.class)
                .extracting("messageKey").isEqualTo("error.company.identifier");
    }
}
