package org.freelance.portal.knowledge.pseudonym;

import java.util.ArrayList;
import java.util.List;

/** Questions the finders ask about the characters around a position: case, words, sentence starts, punctuation. */
final class TextScan {

    private TextScan() {
    }

    /** Whether nothing but blanks, a bullet or a list number stands between the sentence's start and this position. */
    static boolean atSentenceStart(String text, int position) {
        int i = position - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '\t'
                || "\"«“'‘(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n' || ".!?:;".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        if ("-–•*".indexOf(text.charAt(i)) >= 0) {
            int j = i - 1;
            while (j >= 0 && text.charAt(j) == ' ') {
                j--;
            }
            return j < 0 || text.charAt(j) == '\n';
        }
        return false;
    }

    static boolean precededByComma(String text, int position) {
        int i = position - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ',';
    }

    static boolean hasQuote(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '«' || c == '“') {
                return true;
            }
        }
        return false;
    }

    static boolean nextWordIsLowerCase(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i > end && i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    /** The word after a position, folded, or "" when a punctuation mark comes first. */
    static String nextWord(String folded, int end) {
        int i = end;
        while (i < folded.length() && folded.charAt(i) == ' ') {
            i++;
        }
        int s = i;
        while (i < folded.length() && Character.isLetter(folded.charAt(i))) {
            i++;
        }
        return folded.substring(s, i);
    }

    static boolean isOneWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** PayNorth, DataWise: an upper case letter after lower case ones inside one word. */
    static boolean isCamelCase(String text, int start, int end) {
        for (int i = start + 2; i < end; i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))
                    && text.charAt(i - 2) != '\'' && text.charAt(i - 2) != '’' && !(i - start == 2
                    && (text.startsWith("Mc", start) || text.startsWith("Mac", start)))) {
                return i + 1 < end && Character.isLowerCase(text.charAt(i + 1))
                        && !(text.startsWith("Mac", start) && i - start == 3);
            }
        }
        return false;
    }

    static boolean hasUpper(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isUpper(String text, int start, int end) {
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** The end of a name with its possessive: "Oliver's" ends after the "s", so the pseudonym keeps it. */
    static int possessiveEnd(String text, int end) {
        if (end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')
                && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)))) {
            return end + 2;
        }
        return end;
    }

    static int trimTrailingPunctuation(String text, int start, int end) {
        int e = end;
        while (e > start && ".,;:!?»\")".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /** The words (letters, hyphens and apostrophes) between two positions, as pairs {start, end}. */
    static List<int[]> wordSpans(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '\''
                    || text.charAt(i) == '’')) {
                i++;
            }
            if (i > s) {
                words.add(new int[] {s, i});
            }
        }
        return words;
    }
}
