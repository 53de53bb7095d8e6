package org.freelance.portal.base;

import org.jsoup.parser.Parser;

/**
 * The one way text the portal did not write goes into HTML, XHTML or SVG (PDF documents, search
 * snippets, charts): the five markup characters become entities, in element text and in quoted
 * attribute values alike. Characters that XML 1.0 forbids (control characters other than tab and line
 * breaks, unpaired surrogates, U+FFFE and U+FFFF) become U+FFFD, so that escaped text always parses as
 * XHTML and a stray character is shown as replaced rather than dropped without trace.
 */
public final class HtmlEscaper {

    private static final char REPLACEMENT = '\uFFFD';

    private HtmlEscaper() {
    }

    /** The text with {@code & < > " '} as entities; null becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        int first = firstToChange(text);
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append(allowedInXml(c) ? c : REPLACEMENT);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * HTML text back to plain text: every named and numeric character reference decoded (what an
     * HTML encoder such as the search highlighter's may write), the rest left as it is.
     */
    public static String unescape(String html) {
        return html == null ? "" : Parser.unescapeEntities(html, false);
    }

    /** Index of the first character escaping changes, or the length when it changes none (most text). */
    private static int firstToChange(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || !allowedInXml(c)) {
                return i;
            }
        }
        return text.length();
    }

    /** A single UTF-16 unit XML 1.0 allows; surrogates count as not allowed here and are paired by the caller. */
    private static boolean allowedInXml(char c) {
        return c >= 0x20 ? c < 0xD800 || (c > 0xDFFF && c < 0xFFFE) : c == '\t' || c == '\n' || c == '\r';
    }
}
