package org.freelance.portal.knowledge.pseudonym;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a text each pattern can possibly match, found in one cheap pass: around digits, around
 * '@', around dots inside words, after titles, around legal forms and organisation nouns, after
 * initials. Running the costly patterns only inside these windows (with transparent bounds, so
 * look-arounds still see the text around) is what makes the pseudonymiser fast on long texts: most
 * of a lesson learned is plain words no pattern can start in.
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

    final List<int[]> digits = new ArrayList<>();
    final List<int[]> at = new ArrayList<>();
    final List<int[]> dots = new ArrayList<>();
    final List<int[]> titles = new ArrayList<>();
    final List<int[]> legalForms = new ArrayList<>();
    final List<int[]> orgNouns = new ArrayList<>();
    final List<int[]> initials = new ArrayList<>();

    Windows(String text, String folded) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int s = i;
                while (i < n && (Character.isDigit(text.charAt(i)) || " .,/-\u00a0\u202f".indexOf(text.charAt(i)) >= 0
                        && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                    i++;
                }
                add(digits, s - 45, i + 70, n);
                continue;
            }
            if (c == '@') {
                add(at, i - 64, i + 255, n);
            } else if ((c == '.' || c == ':') && i > 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i - 1))
                    && (Character.isLetterOrDigit(text.charAt(i + 1)) || c == ':' && text.charAt(i + 1) == '/')) {
                add(dots, i - 100, i + 200, n);
            }
            if (Character.isLetter(c)) {
                int s = i;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                String word = folded.substring(s, i);
                if (i - s == 1 && Character.isUpperCase(c) && i < n && text.charAt(i) == '.') {
                    add(initials, s - 1, i + 50, n);
                }
                if (TITLES.contains(word) && Character.isUpperCase(c)) {
                    add(titles, s, i + 90, n);
                }
                if (LEGAL_FORMS.contains(word) && Character.isUpperCase(c)) {
                    add(legalForms, s - 140, i + 90, n);
                }
                if (ORG_NOUNS.contains(word)) {
                    add(orgNouns, s - 4, i + 90, n);
                }
                continue;
            }
            i++;
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

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
