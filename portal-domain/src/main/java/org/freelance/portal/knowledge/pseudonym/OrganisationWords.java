package org.freelance.portal.knowledge.pseudonym;

import java.util.Set;

/** The words of an organisation's name: its legal form, which names no one, and the distinctive words that name it alone. */
final class OrganisationWords {

    /** Legal forms, French first, then those of the countries the lessons deal with (Australian "Pty", Indian "Pvt", Spanish "S.L."...). */
    private static final Set<String> LEGAL_FORMS = Set.of("sas", "sasu", "sarl", "sa", "eurl", "sci", "snc", "scop", "selarl",
            "selas", "gie", "ltd", "limited", "inc", "corp", "corporation", "gmbh", "llc", "llp", "plc", "ag", "bv", "nv",
            "spa", "srl", "pty", "pvt", "sl", "slu", "dac", "asa", "ab", "oy", "aps", "kg", "fz-llc", "fze", "sro", "kft",
            "bhd", "kk");

    private OrganisationWords() {
    }

    static boolean isLegalForm(String foldedWord) {
        return LEGAL_FORMS.contains(foldedWord);
    }

    static String stripLegalForm(String foldedName) {
        StringBuilder out = new StringBuilder();
        for (String word : foldedName.split("[\\s,]+")) {
            String bare = word.replace(".", "");
            if (!word.isEmpty() && !isLegalForm(bare)) {
                out.append(out.isEmpty() ? "" : " ").append(word);
            }
        }
        return out.toString();
    }

    /** A word that names the organisation by itself later in the article: "Nortia" for Grupo Nortia. */
    static boolean isDistinctive(String word) {
        return word.length() >= 4 && !Patterns.ORG_KEYWORDS.contains(word) && !Patterns.NOT_NAMES.contains(word)
                && !isLegalForm(word) && !FirstNames.ALL.contains(word);
    }
}
