package org.freelance.portal.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.freelance.portal.base.Folding;

/**
 * The words and phrases a member may type for the same thing, in French and English
 * ({@code knowledge/search-synonyms.txt}): "GDPR" also finds the articles that say "RGPD", "umbrella
 * company" those about "portage salarial". Applied to the query only (the index is unchanged), as
 * an expression of Hibernate Search's simple query string: each phrase of a group found in the
 * query becomes {@code (typed | "other phrase" | other)}.
 */
final class SearchSynonyms {

    private static final SearchSynonyms DEFAULT = load("knowledge/search-synonyms.txt");

    /** One way of saying it: as written in the list, and as normalised words to find it in a query. */
    private record Phrase(String written, List<String> words) {
    }

    private final List<List<Phrase>> groups;

    private SearchSynonyms(List<List<Phrase>> groups) {
        this.groups = groups;
    }

    static SearchSynonyms standard() {
        return DEFAULT;
    }

    static SearchSynonyms of(List<String> lines) {
        List<List<Phrase>> groups = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<Phrase> group = Arrays.stream(l.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                    .map(p -> new Phrase(p, words(p))).filter(p -> !p.words().isEmpty()).toList();
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return new SearchSynonyms(List.copyOf(groups));
    }

    /**
     * The query with every phrase of a group it holds widened to the whole group, or the query as
     * typed when it holds none, or when it already uses the query syntax (quotes, operators).
     */
    String expand(String query) {
        if (query == null || query.isBlank() || query.matches(".*[\"|+*~()\\\\].*") || query.matches("(^|.*\\s)-.*")) {
            return query;
        }
        String[] typed = query.strip().split("\\s+");
        List<String> normalised = new ArrayList<>();
        for (String word : typed) {
            normalised.add(normalise(word));
        }
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        int i = 0;
        while (i < typed.length) {
            int longest = 0;
            List<Phrase> match = null;
            for (List<Phrase> group : groups) {
                for (Phrase phrase : group) {
                    if (phrase.words().size() > longest && startsWith(normalised, i, phrase.words())) {
                        longest = phrase.words().size();
                        match = group;
                    }
                }
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (match == null) {
                out.append(typed[i]);
                i++;
                continue;
            }
            String original = String.join(" ", Arrays.copyOfRange(typed, i, i + longest));
            List<String> alternatives = new ArrayList<>();
            alternatives.add(longest == 1 && isPlainWord(original) ? original : '"' + original + '"');
            for (Phrase phrase : match) {
                String alternative = phrase.words().size() == 1 && isPlainWord(phrase.written()) ? phrase.written()
                        : '"' + phrase.written() + '"';
                if (!phrase.words().equals(normalised.subList(i, i + longest)) && !alternatives.contains(alternative)) {
                    alternatives.add(alternative);
                }
            }
            out.append('(').append(String.join(" | ", alternatives)).append(')');
            changed = true;
            i += longest;
        }
        return changed ? out.toString() : query;
    }

    /**
     * A single word the analyzers keep as one token: punctuation around it is dropped, an apostrophe
     * stays inside it ("l'acompte"), a hyphen cuts it in two ("non-payment"). Unquoted, a query that
     * accepts any word would match every text holding "non".
     */
    private static boolean isPlainWord(String written) {
        int start = 0;
        int end = written.length();
        while (start < end && !Character.isLetterOrDigit(written.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(written.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isLetterOrDigit(written.charAt(i)) && written.charAt(i) != '\'' && written.charAt(i) != '’') {
                return false;
            }
        }
        return true;
    }

    /**
     * The expression with every compound word outside quotes ("non-payment", "pay-when-paid") made a
     * phrase, so that a search accepting any word does not match each of its parts
     * alone. One pass over the characters (a regular expression with a repeated group overflowed the
     * stack on long hostile input).
     */
    static String quoteCompounds(String expression) {
        if (expression == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(expression.length() + 8);
        boolean quoted = false;
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                out.append(c);
                i++;
                continue;
            }
            if (quoted || !Character.isLetterOrDigit(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = wordEnd(expression, i);
            boolean compound = false;
            while (end + 1 < n && isJoiner(expression.charAt(end)) && Character.isLetterOrDigit(expression.charAt(end + 1))) {
                end = wordEnd(expression, end + 1);
                compound = true;
            }
            if (compound) {
                out.append('"').append(expression, i, end).append('"');
            } else {
                out.append(expression, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** What cuts a word in two for the analyzers (an apostrophe or a dot between letters does not). */
    private static boolean isJoiner(char c) {
        return c == '-' || c == '/';
    }

    private static boolean startsWith(List<String> words, int from, List<String> phrase) {
        if (from + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(from + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A phrase's words: folded, lower-case, without a French elided article ("l'acompte" is
     * "acompte"), final s/x dropped, English "-ies" plurals made singular.
     */
    private static List<String> words(String phrase) {
        return Arrays.stream(phrase.split("\\s+")).map(SearchSynonyms::normalise).filter(w -> !w.isEmpty()).toList();
    }

    private static String normalise(String word) {
        String w = Folding.fold(word).toLowerCase(Locale.ROOT).replace('’', '\'');
        w = trimToLettersAndDigits(w);
        w = w.replaceFirst("^(?:[ldjmnstc]|qu)'(?=\\p{L})", "");
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 2 && (w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * Without what precedes the first letter or digit and follows the last one, by scanning from both
     * ends: a regular expression anchored at the end was retried at each character of a long run of
     * punctuation inside a word, quadratic in the word's length.
     */
    private static String trimToLettersAndDigits(String w) {
        int start = 0;
        int end = w.length();
        while (start < end && !letterOrNumber(w.codePointAt(start))) {
            start += Character.charCount(w.codePointAt(start));
        }
        while (end > start && !letterOrNumber(w.codePointBefore(end))) {
            end -= Character.charCount(w.codePointBefore(end));
        }
        return w.substring(start, end);
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean letterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static SearchSynonyms load(String resource) {
        try (InputStream in = SearchSynonyms.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
