package org.freelance.portal.knowledge.pseudonym;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.freelance.portal.base.Folding;

/**
 * Addresses written as comma-separated lines in whatever order a country uses, which no single
 * pattern describes: "Rue Gouraud, immeuble Sayegh, 3e étage, Gemmayzé, Beyrouth", "4th Floor,
 * Westpark Towers, Mpesi Lane, Westlands, Nairobi, Kenya", "152 Teheran-ro, Gangnam-gu, Seoul 06236".
 *
 * <p>Starting from a street or building word, the lines around it (up to the sentence's end) are
 * read one by one: a line is part of the address when it holds only capitalised words, numbers,
 * particles and address words. The run counts as an address when at least two of its lines carry
 * an address signal (a street, a unit or building, a postcode next to a city, a country) and one of
 * them is a street or a unit. The first line may start after a few words of prose, the last may end
 * before some; capitalised-only lines (a district, a city) are kept inside the run and at its end.
 */
final class AddressRuns {

    /** Street words, folded, in the languages of the texts: they start a search and make a line a street. */
    static final Set<String> STREET_WORDS = Set.of("rue", "avenue", "av", "boulevard", "bd", "allee", "chemin",
            "impasse", "quai", "route", "street", "st", "road", "rd", "lane", "drive", "avenida", "calle", "rua", "via",
            "viale", "piazza", "corso", "ulica", "ul", "cad", "caddesi", "cd", "sok", "sokak", "sk", "mah", "mahallesi",
            "marg", "nagar", "strasse", "gasse", "weg", "platz", "straat", "laan", "plein", "gracht", "vej", "gade",
            "gatan", "gata", "vagen", "highway", "hwy", "blvd", "place", "square", "crescent", "terrace",
            "parkway", "estrada", "travessa", "paseo", "carrer", "plaza");
    /** Building, floor and box words: a line holding one is part of an address. */
    static final Set<String> UNIT_WORDS = Set.of("immeuble", "batiment", "bat", "etage", "floor", "level", "piso",
            "planta", "andar", "kat", "suite", "unit", "bureau", "office", "building", "bldg", "tower", "towers", "tour",
            "plot", "lot", "block", "bloc", "residence", "bp", "box", "postfach", "apartado", "casilla", "col", "colonia",
            "apt", "apartment", "flat", "wing", "house", "centre", "center", "plaza", "mall", "complex", "estate");
    /** Korean and Japanese address parts after a hyphen: "Teheran-ro", "Gangnam-gu", "Chiyoda-ku". */
    static final Set<String> HYPHEN_PARTS = Set.of("ro", "gil", "daero", "gu", "dong", "si", "ku", "cho", "machi",
            "shi");
    private static final Pattern STREET_SUFFIX = Pattern.compile(
            "\\p{L}{3,}(?:gatan|vagen|strasse|gasse|straat|laan|gracht|vej|gade|weg|platz|plein)");
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "la", "le", "les", "l", "d", "del", "da",
            "do", "dos", "das", "di", "of", "the", "van", "von", "der", "den", "y", "e", "am", "an", "al", "el");
    private static final Pattern NUMBER = Pattern.compile(
            "(?:n°|no[:.]?|nr\\.?|#)?\\d{1,6}(?:[-/]\\d{1,5})*[a-z]?|\\d{1,3}(?:st|nd|rd|th|e|er|eme)|[ivx]{1,4}");
    private static final Pattern POSTCODE_WORD = Pattern.compile(
            "(?:[a-z]{1,2}-)?\\d{4,6}|\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{5}-\\d{3}|\\d{3}-\\d{4}"
                    + "|[a-z]\\d[a-z]|\\d[a-z]\\d|[a-z]{1,2}\\d[a-z\\d]?|\\d[a-z]{2}");
    private static final Pattern COUNTRY_LINE = Pattern.compile("(?:" + Patterns.COUNTRY_NAME + ")$");
    private static final int REACH = 260;

    private AddressRuns() {
    }

    /** Whether a word of the text (folded) may start an address search; the characters around decide hyphen parts. */
    static boolean trigger(String folded, String text, int start, int end) {
        if (STREET_WORDS.contains(folded) || UNIT_WORDS.contains(folded)) {
            return true;
        }
        if (start > 0 && text.charAt(start - 1) == '-' && HYPHEN_PARTS.contains(folded)) {
            return true;
        }
        return folded.length() >= 6 && STREET_SUFFIX.matcher(folded).matches();
    }

    /** The address around the word starting at {@code anchor}, as {start, end}, or null when there is none. */
    static int[] around(String text, int anchor) {
        int left = sentenceStart(text, anchor);
        int right = sentenceEnd(text, anchor);
        List<int[]> segments = new ArrayList<>();
        int s = left;
        for (int i = left; i <= right; i++) {
            if (i == right || text.charAt(i) == ',') {
                segments.add(new int[] {s, i});
                s = i + 1;
            }
        }
        int k = 0;
        while (k < segments.size() - 1 && segments.get(k)[1] < anchor) {
            k++;
        }
        Line[] lines = new Line[segments.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = Line.of(text, segments.get(i)[0], segments.get(i)[1]);
        }
        Line home = lines[k];
        if (!home.whole && home.suffixStart < 0) {
            return null;
        }
        // left: whole lines, then the address part at the end of the line before
        int first = k;
        while (first > 0 && lines[first].whole && lines[first - 1].whole) {
            first--;
        }
        boolean partialStart = !lines[first].whole;
        if (!partialStart && first > 0 && lines[first - 1].suffixStart >= 0 && lines[first - 1].suffixStrong) {
            first--;
            partialStart = true;
        }
        // right: whole lines, then a country or a postcode and city at the start of the line after
        int last = k;
        while (last < lines.length - 1 && lines[last + 1].whole) {
            last++;
        }
        boolean partialEnd = false;
        if (last < lines.length - 1 && lines[last + 1].prefixEnd >= 0) {
            last++;
            partialEnd = true;
        }
        // at most two lines of capitalised words only (a district, a city) after the last address signal
        int trailing = 0;
        for (int i = last; i > k && signals(lines, i, first, last, partialStart, partialEnd) == 0; i--) {
            trailing++;
        }
        if (trailing > 2) {
            last -= trailing - 2;
            partialEnd = false;
        }
        // a line of capitalised words only may not open the run: a name before an address is not part of it
        while (first < k && signals(lines, first, first, last, partialStart, partialEnd) == 0) {
            first++;
            partialStart = false;
        }
        int strong = 0;
        boolean streetOrUnit = false;
        for (int i = first; i <= last; i++) {
            int signals = signals(lines, i, first, last, partialStart, partialEnd);
            if (signals != 0) {
                strong++;
            }
            streetOrUnit |= (signals & (Line.STREET | Line.UNIT)) != 0;
        }
        if (strong < 2 || !streetOrUnit) {
            return null;
        }
        int start = partialStart ? lines[first].suffixStart : lines[first].start;
        int end = partialEnd ? lines[last].prefixEnd : lines[last].end;
        if (end - start > REACH || start >= end || start > anchor) {
            return null;
        }
        return new int[] {start, end};
    }

    private static int signals(Line[] lines, int i, int first, int last, boolean partialStart, boolean partialEnd) {
        if (i == first && partialStart) {
            return lines[i].suffixSignals;
        }
        if (i == last && partialEnd) {
            return lines[i].prefixSignals;
        }
        return lines[i].wholeSignals;
    }

    private static int sentenceStart(String text, int anchor) {
        int limit = Math.max(0, anchor - REACH);
        for (int i = anchor - 1; i >= limit; i--) {
            if (isBoundary(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(String text, int anchor) {
        int limit = Math.min(text.length(), anchor + REACH);
        for (int i = anchor; i < limit; i++) {
            if (isBoundary(text, i)) {
                return i;
            }
        }
        return limit;
    }

    /** Ends of sentences and clauses; a dot after an abbreviation ("Av.", "Cad.", "St.") or inside a word is none. */
    private static boolean isBoundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == ';' || c == '(' || c == ')' || c == '!' || c == '?' || c == '«' || c == '»' || c == '"'
                || c == '“' || c == '”') {
            return true;
        }
        if ((c == ':' || c == '.') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
            if (c == ':') {
                return true;
            }
            int w = i;
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            return i - w > 4 || i - w == 0 || !Character.isLetter(text.charAt(i - 1));
        }
        return c == '–' || c == '—';
    }

    /** One comma-separated line: its words' classes, and which parts of it read as an address. */
    private static final class Line {

        static final int STREET = 1;
        static final int UNIT = 2;
        static final int POSTCODE = 4;
        static final int COUNTRY = 8;

        int start;
        int end;
        boolean whole;
        int wholeSignals;
        /** Where the address part starts when prose comes first (-1: none), and its signals. */
        int suffixStart = -1;
        int suffixSignals;
        boolean suffixStrong;
        /** Where a country or a postcode and city ends when prose follows (-1: none), and its signals. */
        int prefixEnd = -1;
        int prefixSignals;

        static Line of(String text, int from, int to) {
            Line line = new Line();
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == '.'
                    && !abbreviation(text, to - 1))) {
                to--;
            }
            line.start = from;
            line.end = to;
            List<int[]> words = new ArrayList<>();
            int i = from;
            while (i < to) {
                while (i < to && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int s = i;
                while (i < to && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    words.add(new int[] {s, i});
                }
            }
            int n = words.size();
            if (n == 0 || n > 9) {
                return line;
            }
            int[] kinds = new int[n];
            for (int w = 0; w < n; w++) {
                kinds[w] = kind(text, words.get(w)[0], words.get(w)[1]);
            }
            boolean country = COUNTRY_LINE.matcher(text.substring(from, to)).find();
            // the whole line
            if (allAddressy(kinds, 0, n)) {
                line.whole = true;
                line.wholeSignals = signals(text, words, kinds, 0, n) | (country ? COUNTRY : 0);
            }
            // the longest address part at its end, after prose
            for (int w = 1; w < n; w++) {
                if (kinds[w] != PARTICLE && allAddressy(kinds, w, n)) {
                    line.suffixStart = words.get(w)[0];
                    line.suffixSignals = signals(text, words, kinds, w, n) | (country ? COUNTRY : 0);
                    line.suffixStrong = (line.suffixSignals & (STREET | UNIT | POSTCODE)) != 0;
                    break;
                }
            }
            // the longest address part at its start, before prose: a country, or a postcode and a city
            for (int w = n - 1; w >= 1; w--) {
                if (kinds[w - 1] != PARTICLE && allAddressy(kinds, 0, w)) {
                    String part = text.substring(from, words.get(w - 1)[1]);
                    int signals = signals(text, words, kinds, 0, w)
                            | (COUNTRY_LINE.matcher(part).find() ? COUNTRY : 0);
                    if ((signals & (COUNTRY | POSTCODE)) != 0) {
                        line.prefixEnd = words.get(w - 1)[1];
                        line.prefixSignals = signals;
                    }
                    break;
                }
            }
            return line;
        }

        private static boolean abbreviation(String text, int dot) {
            int w = dot;
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            return dot - w > 0 && dot - w <= 4;
        }

        private static final int OTHER = 0;
        private static final int CAPITAL = 1;
        private static final int NUMBER_WORD = 2;
        private static final int PARTICLE = 3;
        private static final int STREET_WORD = 4;
        private static final int UNIT_WORD = 5;

        private static int kind(String text, int s, int e) {
            String raw = text.substring(s, e);
            String word = Folding.fold(raw).toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
            String bare = word.replaceAll("[^\\p{L}\\d]", "");
            if (STREET_WORDS.contains(bare) || STREET_SUFFIX.matcher(bare).matches()
                    || hyphenPart(word, Set.of("ro", "gil", "daero"))) {
                return STREET_WORD;
            }
            if (UNIT_WORDS.contains(bare) || word.matches("(?:no|n°)[:.]?\\d{1,5}") || word.matches("#\\d{1,3}-\\d{1,4}")
                    || hyphenPart(word, HYPHEN_PARTS)) {
                return UNIT_WORD;
            }
            if (NUMBER.matcher(word).matches()) {
                return NUMBER_WORD;
            }
            if (PARTICLES.contains(word.replaceAll("['’]$", ""))) {
                return PARTICLE;
            }
            int first = raw.codePointAt(0);
            if (Character.isUpperCase(first) || raw.matches("\\p{Lu}['’]\\p{Lu}.*")) {
                return CAPITAL;
            }
            return OTHER;
        }

        private static boolean hyphenPart(String word, Set<String> parts) {
            int dash = word.lastIndexOf('-');
            return dash > 0 && parts.contains(word.substring(dash + 1).replaceAll("[^a-z]", ""));
        }

        private static boolean allAddressy(int[] kinds, int from, int to) {
            if (from >= to || kinds[to - 1] == PARTICLE) {
                return false;
            }
            for (int w = from; w < to; w++) {
                if (kinds[w] == OTHER) {
                    return false;
                }
            }
            return true;
        }

        private static int signals(String text, List<int[]> words, int[] kinds, int from, int to) {
            int signals = 0;
            boolean capital = false;
            boolean postcode = false;
            for (int w = from; w < to; w++) {
                if (kinds[w] == STREET_WORD) {
                    signals |= STREET;
                } else if (kinds[w] == UNIT_WORD) {
                    signals |= UNIT;
                } else if (kinds[w] == CAPITAL) {
                    capital = true;
                } else if (kinds[w] == NUMBER_WORD) {
                    String word = Folding.fold(text.substring(words.get(w)[0], words.get(w)[1]))
                            .toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
                    postcode |= POSTCODE_WORD.matcher(word).matches() && !word.matches("(?:19|20)\\d{2}");
                    // "111 36 Stockholm": a postcode in two groups
                    postcode |= w + 1 < to && kinds[w + 1] == NUMBER_WORD && word.matches("\\d{2,3}");
                }
            }
            if (postcode && capital) {
                signals |= POSTCODE;
            }
            return signals;
        }
    }
}
