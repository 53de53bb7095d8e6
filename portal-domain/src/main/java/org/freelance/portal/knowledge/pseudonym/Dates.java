package org.freelance.portal.knowledge.pseudonym;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.freelance.portal.base.Folding;

/** Reduces a full date to its month and year ("12 mars 2025" becomes "mars 2025"). */
final class Dates {

    private static final String[] FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    private static final String[] EN = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /** Prepositions after which "le 12 mars" loses its article instead of becoming "en mars". */
    private static final Pattern TIME_PREPOSITION = Pattern.compile("\\b(?:depuis|dès|des|avant|après|apres|vers|pour) $");

    private Dates() {
    }

    /** The replacement for a match of {@link Patterns#DATE}, or null when it is not a real date. */
    static String monthAndYear(Matcher m, boolean english) {
        int month;
        String year;
        if (m.group("m1") != null) {
            month = monthOf(m.group("m1"));
            year = m.group("y1");
            if (!validDay(m.group("d1"))) {
                return null;
            }
        } else if (m.group("m2") != null) {
            month = monthOf(m.group("m2"));
            year = m.group("y2");
            if (!validDay(m.group("d2"))) {
                return null;
            }
        } else if (m.group("m3") != null) {
            month = Integer.parseInt(m.group("m3"));
            year = m.group("y3");
            if (!validDay(m.group("d3"))) {
                return null;
            }
            if (year.length() == 2) {
                year = "20" + year;
            }
        } else if (m.group("m5") != null) {
            month = monthOf(m.group("m5"));
            year = m.group("y5");
            if (!validDay(m.group("d5"))) {
                return null;
            }
        } else {
            month = Integer.parseInt(m.group("m4"));
            year = m.group("y4");
            if (!validDay(m.group("d4"))) {
                return null;
            }
        }
        if (month < 1 || month > 12) {
            return null;
        }
        String name = english ? EN[month - 1] : FR[month - 1];
        return year == null ? name : name + " " + year;
    }

    /**
     * What replaces the three characters before a full date once only its month is left, or null to
     * keep them: "le 12 mars" becomes "en mars" (but "depuis le 12 mars" becomes "depuis mars"), "du
     * 12 mars" becomes "de mars", "jusqu'au 12 mars" becomes "jusqu'en mars", "on March 12" becomes
     * "in March".
     *
     * @param before the three characters before the date
     * @param earlier a few characters before those
     */
    static String preposition(String before, String earlier) {
        String b = before.toLowerCase(Locale.ROOT);
        String e = earlier.toLowerCase(Locale.ROOT);
        return switch (b) {
            case "le " -> TIME_PREPOSITION.matcher(e).find() ? "" : "en ";
            case "du " -> "de ";
            case "au " -> e.endsWith("jusqu'") || e.endsWith("jusqu’") ? "en " : null;
            case "on " -> "in ";
            default -> null;
        };
    }

    private static boolean validDay(String day) {
        int d = Integer.parseInt(day);
        return d >= 1 && d <= 31;
    }

    private static int monthOf(String word) {
        String w = Folding.fold(word).replace(".", "").toLowerCase(Locale.ROOT);
        // French, English, German, Spanish and Portuguese month names by their first letters
        String[][] prefixes = {{"jan", "ene"}, {"fev", "feb"}, {"mar"}, {"avr", "apr", "abr"}, {"mai", "may"},
                {"juin", "jun"}, {"juil", "jul"}, {"aou", "aug", "ago"}, {"sep", "set"}, {"oct", "okt", "out"}, {"nov"},
                {"dec", "dez", "dic"}};
        for (int i = 0; i < prefixes.length; i++) {
            for (String prefix : prefixes[i]) {
                if (w.startsWith(prefix)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
