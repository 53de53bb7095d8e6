package org.freelance.portal.review.analysis;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** French or English, by counting frequent function words (enough for contracts, which are long). */
public final class LanguageDetector {

    private static final Pattern WORD = Pattern.compile("[a-z']+");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une",
            "un", "pour", "par", "dans", "sur", "aux", "au", "sera", "seront", "ou", "qui", "que", "ne", "pas",
            "ses", "son", "sa", "leur", "prestataire", "client", "contrat", "l'", "d'", "jours", "mois");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "is", "a", "an", "for", "by",
            "in", "on", "shall", "will", "be", "or", "which", "that", "not", "its", "their", "this", "any",
            "agreement", "contractor", "consultant", "days", "months", "with", "party", "parties");

    private LanguageDetector() {
    }

    /** The language of any text (folded here). */
    public static ContractLanguage of(String text) {
        return detect(ContractText.fold(text));
    }

    static ContractLanguage detect(String folded) {
        int french = 0;
        int english = 0;
        Matcher words = WORD.matcher(folded);
        int seen = 0;
        while (words.find() && seen < 20_000) {
            seen++;
            String word = words.group();
            int apostrophe = word.indexOf('\'');
            if (apostrophe > 0 && apostrophe < 3) {
                french++;
                word = word.substring(apostrophe + 1);
            }
            if (FRENCH.contains(word)) {
                french++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return english > french ? ContractLanguage.EN : ContractLanguage.FR;
    }
}
