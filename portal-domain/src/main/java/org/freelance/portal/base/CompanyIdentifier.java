package org.freelance.portal.base;

/**
 * French company identifiers: SIREN (9 digits) and SIRET (14 digits: SIREN + establishment number),
 * both protected by a Luhn check digit. La Poste's establishments (SIREN 356000000) follow their
 * own rule: the sum of the SIRET's digits is a multiple of 5.
 */
public final class CompanyIdentifier {

    private static final String LA_POSTE = "356000000";

    private CompanyIdentifier() {
    }

    /** Spaces, dots and dashes removed ("732 829 320" → "732829320"); null stays null. */
    public static String normalise(String value) {
        return value == null ? null : value.replaceAll("[\\s.\\-\u00a0\u202f]", "");
    }

    public static boolean isValidSiren(String value) {
        String digits = normalise(value);
        return digits != null && digits.matches("\\d{9}") && luhn(digits);
    }

    public static boolean isValidSiret(String value) {
        String digits = normalise(value);
        if (digits == null || !digits.matches("\\d{14}")) {
            return false;
        }
        if (digits.startsWith(LA_POSTE) && !digits.equals(LA_POSTE + "00048")) {
            return digits.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(digits);
    }

    /**
     * Checks a SIREN or a SIRET and returns it without separators. Blank gives null (the identifier
     * is optional); anything else invalid throws {@code error.company.identifier}.
     */
    public static String check(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = normalise(value);
        if (isValidSiren(digits) || isValidSiret(digits)) {
            return digits;
        }
        throw new PortalException("error.company.identifier", value.strip());
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
