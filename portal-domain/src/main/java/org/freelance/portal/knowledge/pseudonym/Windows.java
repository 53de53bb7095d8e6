package org.freelance.portal.knowledge.pseudonym;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a text each pattern can start, found in one cheap pass over the characters: digit runs,
 * '+' and '(' before digits, currency signs and codes, IBAN country codes, month and weekday names,
 * titles, legal forms, organisation nouns, initials, capitalised words, '@' and dots inside words.
 * The costly patterns are then tried only at those places ({@link #anchored}) or inside small
 * windows ({@link #find}), with transparent bounds so their look-arounds still see the text around.
 * Most of a lesson learned is plain words where no pattern can start: that is what makes the
 * pseudonymiser fast on long texts.
 */
final class Windows {

    private static final Set<String> TITLES = Set.of("m", "mm", "mme", "mmes", "mlle", "monsieur", "madame",
            "mademoiselle", "mr", "mrs", "ms", "miss", "mx", "dr", "docteur", "me", "maitre", "prof", "professeur", "sir",
            "dame", "frau", "herr", "sr", "sra", "srta", "senor", "senora", "don", "dona", "pan", "pani", "mevrouw", "mevr",
            "dhr");
    private static final Set<String> LEGAL_FORMS = Set.of("sas", "sasu", "sarl", "sa", "eurl", "sci", "snc", "scop",
            "selarl", "selas", "gie", "ltd", "limited", "inc", "corp", "corporation", "gmbh", "llc", "llp", "plc", "ag",
            "bv", "nv", "spa", "srl", "s", "dac", "as", "asa", "ab", "oy", "aps", "kg", "se", "pty");
    private static final Set<String> ORG_NOUNS = Set.of("societe", "cabinet", "groupe", "agence", "esn", "startup",
            "start", "company", "firm", "agency", "consultancy", "group");
    /** ISO codes, "Rs" and "R" for rupees and rand (a country's dollar, "NZ$", is found by its '$'). */
    private static final Set<String> CURRENCY_CODES = currencyCodes();
    /** Street types written before the street's name and number: "Calle de Alcalá 48", "ul. Marszałkowska 84". */
    private static final Set<String> STREET_TYPES_FIRST = Set.of("calle", "avenida", "avda", "av", "rua", "travessa",
            "alameda", "praca", "paseo", "plaza", "carrer", "camino", "carretera", "ul", "ulica", "al", "aleja", "plac");
    /** Words that can open an address line before the street: "ZI de la Gare, 3 rue...", "Suite 12, ...". */
    private static final Set<String> ADDRESS_LEADS = Set.of("zi", "za", "zac", "zae", "zup", "zone", "parc", "park",
            "immeuble", "residence", "batiment", "bat", "centre", "technopole", "espace", "domaine", "unit", "suite",
            "block", "flat", "apt", "apartment", "building", "floor", "tour", "tower", "campus");
    private static final Set<String> CALENDAR_WORDS = Set.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "janv", "fevr", "avr", "juil", "sept",
            "oct", "nov", "dec", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    /** Where a number, a phone, an amount, an identifier, an address or a date can start. */
    final List<Integer> numberStarts = new ArrayList<>();
    final List<Integer> ibanStarts = new ArrayList<>();
    final List<Integer> titleStarts = new ArrayList<>();
    final List<Integer> initialStarts = new ArrayList<>();
    final List<Integer> orgNounStarts = new ArrayList<>();
    /** Organisation names that end with a legal form start at a capitalised word shortly before it. */
    final List<Integer> legalFormStarts = new ArrayList<>();
    final List<int[]> at = new ArrayList<>();
    final List<int[]> ampersands = new ArrayList<>();
    /** Around digit runs, for the street-first addresses whose start is a word before the number. */
    final List<int[]> digitRuns = new ArrayList<>();
    final List<int[]> dots = new ArrayList<>();
    /** Street, building and unit words, where an address written as comma-separated lines may be. */
    final List<Integer> addressWords = new ArrayList<>();
    private final List<Integer> capitalised = new ArrayList<>();
    private final List<Integer> legalForms = new ArrayList<>();

    Windows(String text, String folded) {
        int n = text.length();
        TreeSet<Integer> numbers = new TreeSet<>();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                numbers.add(i);
                int s = i;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                if (i < n && text.charAt(i) == ',') {
                    add(digitRuns, s - 70, i + 70, n);
                }
                continue;
            }
            if (c == '&') {
                add(ampersands, i - 50, i + 50, n);
            }
            if ((c == '+' || c == '(') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                    || Character.getType(c) == Character.CURRENCY_SYMBOL) {
                numbers.add(i);
            } else if (c == '@') {
                addToken(at, text, i, 254, 2048);
            } else if ((c == '.' || c == ':') && i > 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i - 1))
                    && (Character.isLetterOrDigit(text.charAt(i + 1)) || c == ':' && text.charAt(i + 1) == '/')) {
                addToken(dots, text, i, 254, 2048);
            }
            if (Character.isLetter(c)) {
                int s = i;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                boolean upper = Character.isUpperCase(c);
                if (upper) {
                    capitalised.add(s);
                }
                int length = i - s;
                if (length == 1 && upper && i < n && text.charAt(i) == '.') {
                    initialStarts.add(s);
                }
                if (length == 2 && upper && i < n && Character.isDigit(text.charAt(i))) {
                    ibanStarts.add(s);
                }
                if (length >= 2 && length <= 30 && AddressRuns.trigger(folded.substring(s, i), text, s, i)) {
                    addressWords.add(s);
                }
                if (length <= 12) {
                    String word = folded.substring(s, i);
                    if (upper && TITLES.contains(word)) {
                        titleStarts.add(s);
                    }
                    if (upper && LEGAL_FORMS.contains(word)) {
                        legalForms.add(s);
                    }
                    if (ORG_NOUNS.contains(word)) {
                        orgNounStarts.add(s);
                    }
                    if (upper && length <= 3 && i < n && text.charAt(i) == '$') {
                        numbers.add(s); // "US$", "R$", "NZ$"
                    }
                    if (CALENDAR_WORDS.contains(word) || STREET_TYPES_FIRST.contains(word)
                            || upper && (CURRENCY_CODES.contains(word) || ADDRESS_LEADS.contains(word))) {
                        numbers.add(s);
                    }
                }
                continue;
            }
            i++;
        }
        numberStarts.addAll(numbers);
        // an organisation with a legal form starts at one of the five capitalised words before the form
        TreeSet<Integer> starts = new TreeSet<>();
        int k = 0;
        for (int form : legalForms) {
            starts.add(form);
            while (k < capitalised.size() && capitalised.get(k) < form) {
                k++;
            }
            for (int back = Math.max(0, k - 5); back < k; back++) {
                if (form - capitalised.get(back) <= 140) {
                    starts.add(capitalised.get(back));
                }
            }
        }
        legalFormStarts.addAll(starts);
    }

    private static Set<String> currencyCodes() {
        Set<String> codes = new java.util.HashSet<>(Set.of("r", "rs"));
        for (String code : Patterns.CODES.split("\\|")) {
            codes.add(code.toLowerCase(java.util.Locale.ROOT));
        }
        return Set.copyOf(codes);
    }

    /**
     * Calls {@code onMatch} for each match of the pattern starting exactly at one of the positions
     * (sorted), at most {@code maxLength} long, skipping positions inside a previous match.
     */
    static void anchored(Pattern pattern, String text, List<Integer> starts, int maxLength, Consumer<Matcher> onMatch) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int done = 0;
        for (int start : starts) {
            if (start < done) {
                continue;
            }
            m.region(start, Math.min(text.length(), start + maxLength));
            if (m.lookingAt() && m.end() > m.start()) {
                onMatch.accept(m);
                done = m.end();
            }
        }
    }

    /** Calls {@code onMatch} for each match of the pattern inside the windows, in text order, once each. */
    static void find(Pattern pattern, String text, List<int[]> windows, Consumer<Matcher> onMatch) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int done = 0;
        for (int[] w : windows) {
            int from = Math.max(w[0], done);
            if (from >= w[1]) {
                continue;
            }
            m.region(from, w[1]);
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                onMatch.accept(m);
                done = Math.max(done, m.end());
                if (m.end() >= w[1]) {
                    break;
                }
            }
        }
    }

    /**
     * The run of characters without white space around position {@code i}: an email or a URL cannot
     * reach past it (their patterns match no white space), so it is the whole window to search.
     */
    private static void addToken(List<int[]> windows, String text, int i, int back, int forward) {
        int s = i;
        while (s > 0 && i - s < back && !regexSpace(text.charAt(s - 1))) {
            s--;
        }
        int e = i + 1;
        while (e < text.length() && e - i < forward && !regexSpace(text.charAt(e))) {
            e++;
        }
        add(windows, s, e, text.length());
    }

    /** What {@code \s} matches in a pattern without the Unicode flag. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void add(List<int[]> windows, int start, int end, int n) {
        int s = Math.max(0, start);
        int e = Math.min(n, end);
        if (!windows.isEmpty() && windows.getLast()[1] >= s) {
            windows.getLast()[1] = Math.max(windows.getLast()[1], e);
        } else {
            windows.add(new int[] {s, e});
        }
    }
}
