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
            "mademoiselle", "mr", "mrs", "ms", "miss", "dr", "docteur", "me", "maitre", "prof", "professeur", "sir",
            "dame");
    private static final Set<String> LEGAL_FORMS = Set.of("sas", "sasu", "sarl", "sa", "eurl", "sci", "snc", "scop",
            "selarl", "selas", "gie", "ltd", "limited", "inc", "corp", "corporation", "gmbh", "llc", "llp", "plc", "ag",
            "bv", "nv", "spa", "srl", "s");
    private static final Set<String> ORG_NOUNS = Set.of("societe", "cabinet", "groupe", "agence", "esn", "startup",
            "start", "company", "firm", "agency", "consultancy", "group");
    private static final Set<String> CURRENCY_CODES = Set.of("eur", "gbp", "usd", "chf");
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
    final List<int[]> dots = new ArrayList<>();
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
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                continue;
            }
            if ((c == '+' || c == '(') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                    || c == '€' || c == '£' || c == '$') {
                numbers.add(i);
            } else if (c == '@') {
                add(at, i - 64, i + 255, n);
            } else if ((c == '.' || c == ':') && i > 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i - 1))
                    && (Character.isLetterOrDigit(text.charAt(i + 1)) || c == ':' && text.charAt(i + 1) == '/')) {
                add(dots, i - 64, i + 160, n);
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
                    if (CALENDAR_WORDS.contains(word) || upper && CURRENCY_CODES.contains(word)) {
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
