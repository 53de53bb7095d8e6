package org.freelance.portal.review.analysis;

import java.util.ArrayList;
import java.util.List;
import org.freelance.portal.base.Folding;

/**
 * The contract text and a folded copy of the same length (lower case, accents and typographic
 * quotes flattened), so that rules match on the folded copy and report offsets in the original.
 */
final class ContractText {

    /** A sentence (or list item) of the text: offsets in the original text. */
    record Sentence(int start, int end) {
    }

    private final String original;
    private final String folded;

    ContractText(String original) {
        this.original = original;
        this.folded = fold(original);
    }

    String original() {
        return original;
    }

    String folded() {
        return folded;
    }

    String folded(int start, int end) {
        return folded.substring(start, end);
    }

    String original(int start, int end) {
        return original.substring(start, end);
    }

    int length() {
        return original.length();
    }

    /** Same length as the input: every char maps to one char. */
    static String fold(String text) {
        return Folding.fold(text);
    }

    /**
     * Sentences between {@code start} and {@code end}: split after . ; ! ? followed by a space and
     * an upper-case letter, a digit or a bullet, and at line breaks that start a list item or
     * follow an empty line.
     */
    List<Sentence> sentences(int start, int end) {
        List<Sentence> sentences = new ArrayList<>();
        int from = start;
        for (int i = start; i < end; i++) {
            char c = original.charAt(i);
            boolean cut = false;
            if ((c == '.' || c == ';' || c == '!' || c == '?') && i + 1 < end
                    && Character.isWhitespace(original.charAt(i + 1))) {
                int next = skipSpaces(i + 1, end);
                cut = next < end && startsSentence(original.charAt(next)) && !isAbbreviation(i);
            } else if (c == '\n') {
                int next = skipSpaces(i + 1, end);
                cut = next < end && (original.charAt(next) == '\n' || isBullet(original.charAt(next)))
                        || next < end && i > start && original.charAt(i - 1) == ':'
                        || next < end && endsShortLine(i, start) && startsSentence(original.charAt(next));
            }
            if (cut) {
                add(sentences, from, i + 1);
                from = i + 1;
            }
        }
        add(sentences, from, end);
        return sentences;
    }

    /** A heading or a short line of its own ("Article 3 – Durée") ends where the line ends. */
    private boolean endsShortLine(int newline, int floor) {
        int lineStart = newline;
        while (lineStart > floor && original.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        String line = original.substring(lineStart, newline).strip();
        return !line.isEmpty() && line.length() < 60 && !line.endsWith(",");
    }

    private void add(List<Sentence> sentences, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(original.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(original.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            sentences.add(new Sentence(s, e));
        }
    }

    private int skipSpaces(int from, int end) {
        int i = from;
        while (i < end && (original.charAt(i) == ' ' || original.charAt(i) == '\t' || original.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || isBullet(c) || c == '(' || c == '"'
                || c == '\u00ab' || c == '\n';
    }

    private static boolean isBullet(char c) {
        return c == '-' || c == '\u2022' || c == '*' || c == '\u2013' || c == '\u25aa';
    }

    /** "art. L441-10", "M. Dupont", "n° 12", "e.g. ", "i.e. ": a dot that does not end a sentence. */
    private boolean isAbbreviation(int dot) {
        if (original.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(original.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = folded.substring(wordStart, dot);
        return switch (word) {
            case "art", "m", "mme", "mr", "mrs", "ms", "dr", "no", "n", "cf", "p", "e.g", "i.e", "etc", "vs",
                    "st", "inc", "ltd", "al", "ch", "sect" -> true;
            default -> word.length() == 1 && Character.isUpperCase(original.charAt(wordStart));
        };
    }
}
