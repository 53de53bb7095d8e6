package org.freelance.portal.base;

import java.text.Normalizer;

/**
 * Lower-cases and strips accents, quotes and dashes to one form, char by char, so offsets in the
 * folded text are offsets in the original: matching is done on the folded text, highlighting on
 * the original.
 */
public final class Folding {

    private Folding() {
    }

    /** Same length as the input: every char maps to one char. */
    public static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = foldChar(text.charAt(i));
        }
        return new String(out);
    }

    public static char foldChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        switch (c) {
            case '\u2019', '\u2018', '\u02bc', '\u00b4', '`' -> {
                return '\'';
            }
            case '\u201c', '\u201d', '\u00ab', '\u00bb' -> {
                return '"';
            }
            case '\u2013', '\u2014', '\u2011', '\u2010' -> {
                return '-';
            }
            case '\u00a0', '\u202f', '\u2009' -> {
                return ' ';
            }
            case '\u0153', '\u0152' -> {
                return 'o';
            }
            case '\u00e6', '\u00c6' -> {
                return 'a';
            }
            case '\u20ac' -> {
                return '\u20ac';
            }
            default -> {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                return Character.toLowerCase(decomposed.charAt(0));
            }
        }
    }
}
