package org.freelance.portal.knowledge.pseudonym;

import java.util.Locale;
import org.freelance.portal.base.Folding;

/**
 * Keeps a sentence readable once a replacement is in it: "le client Alpha Conseil" reads "le client A",
 * not "le client Client A"; a replacement that opens a sentence starts with a capital ("Mai 2026 : le
 * client…", not "mai 2026 : le client…").
 */
final class ReplacementGrammar {

    private ReplacementGrammar() {
    }

    /** The replacement as it should read at {@code start} of {@code text}. */
    static String fitted(String text, int start, String replacement) {
        if (replacement == null || replacement.isEmpty() || replacement.startsWith("[")) {
            return replacement;
        }
        String fitted = withoutEchoedRoleWord(text, start, replacement);
        if (opensSentence(text, start) && Character.isLowerCase(fitted.charAt(0))) {
            fitted = Character.toUpperCase(fitted.charAt(0)) + fitted.substring(1);
        }
        return fitted;
    }

    /** "client " before "Client A": the role word is said once. */
    private static String withoutEchoedRoleWord(String text, int start, String replacement) {
        int space = replacement.indexOf(' ');
        if (space <= 0 || space == replacement.length() - 1) {
            return replacement;
        }
        String first = replacement.substring(0, space);
        int end = start;
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            return replacement;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        String before = text.substring(begin, end);
        return fold(before).equals(fold(first)) ? replacement.substring(space + 1) : replacement;
    }

    private static boolean opensSentence(String text, int start) {
        int i = start;
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return true;
        }
        char previous = text.charAt(i - 1);
        return previous == '.' && !abbreviation(text, i - 1) || previous == '!' || previous == '?' || previous == '\n'
                || previous == '\r' || previous == '…';
    }

    /** "M." or "ex." before the replacement: a dot that does not end a sentence. */
    private static boolean abbreviation(String text, int dot) {
        int begin = dot;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        int length = dot - begin;
        return length >= 1 && length <= 3 && !(begin > 0 && text.charAt(begin - 1) == '.');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\t';
    }

    private static String fold(String word) {
        return Folding.fold(word).toLowerCase(Locale.ROOT);
    }
}
