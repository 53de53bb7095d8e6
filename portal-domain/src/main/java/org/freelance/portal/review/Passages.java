package org.freelance.portal.review;

import java.util.Optional;

/**
 * Finds a passage an expert pasted in the contract text, whatever the line breaks and spaces: the
 * text extracted from a PDF breaks lines where the page did, while a passage copied from the screen
 * or retyped does not. Any run of white space (line breaks, tabs, non-breaking spaces) matches any
 * other run, and typographic apostrophes match straight ones; letters must match exactly otherwise.
 */
public final class Passages {

    /** Where the passage lies in the text: {@code start} inclusive, {@code end} exclusive. */
    public record Span(int start, int end) {
    }

    private Passages() {
    }

    /**
     * The first occurrence of {@code passage} in {@code text} starting within {@code [from, to)}; empty
     * for a blank passage, a null text or a passage not found there.
     */
    public static Optional<Span> find(String text, String passage, int from, int to) {
        if (text == null || passage == null || passage.isBlank()) {
            return Optional.empty();
        }
        String wanted = passage.strip();
        int lower = Math.max(0, from);
        int upper = Math.min(text.length(), to);
        for (int start = lower; start < upper; start++) {
            if (isSpace(text.charAt(start)) || !same(text.charAt(start), wanted.charAt(0))) {
                continue;
            }
            int end = matchFrom(text, start, wanted);
            if (end > 0) {
                return Optional.of(new Span(start, end));
            }
        }
        return Optional.empty();
    }

    /** The end of the match of {@code wanted} at {@code start}, or -1. */
    private static int matchFrom(String text, int start, String wanted) {
        int t = start;
        int w = 0;
        while (w < wanted.length()) {
            char expected = wanted.charAt(w);
            if (isSpace(expected)) {
                while (w < wanted.length() && isSpace(wanted.charAt(w))) {
                    w++;
                }
                if (t >= text.length() || !isSpace(text.charAt(t))) {
                    return -1;
                }
                while (t < text.length() && isSpace(text.charAt(t))) {
                    t++;
                }
                continue;
            }
            if (t >= text.length()) {
                return -1;
            }
            if (!same(text.charAt(t), expected)) {
                return -1;
            }
            t++;
            w++;
        }
        return t;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean same(char a, char b) {
        return a == b || isApostrophe(a) && isApostrophe(b);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }
}
