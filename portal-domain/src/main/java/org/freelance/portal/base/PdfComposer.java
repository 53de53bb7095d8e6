package org.freelance.portal.base;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Writes sober A4 documents (reports, evidence journals): headings, paragraphs, quotes, key/value
 * blocks and tables that split across pages with their header repeated, and a footer "page n / m".
 * The blocks become an XHTML document (template {@code pdf/document.xhtml}, style
 * {@code pdf/document.css}) laid out by {@link PdfRenderer}: every text goes through
 * {@link HtmlEscaper} and is drawn as written, in any script the embedded font covers. Line breaks in
 * a text are kept; a word longer than the line is cut where it reaches the edge. Writing is time-boxed
 * ({@link #BUDGET}): whatever the text, a document ends or fails with {@code error.report.too-long}.
 */
public final class PdfComposer {

    /** Time a document may take before it is abandoned (a journal of thousands of entries takes a few seconds). */
    public static final Duration BUDGET = Duration.ofSeconds(30);

    private static final String TEMPLATE = read("pdf/document.xhtml");
    private static final String STYLE = read("pdf/document.css");

    private static final int CHUNK = 1_000;

    private final String title;
    private final String footer;
    private final long startedAt = System.nanoTime();
    private final Duration budget;
    private final StringBuilder body = new StringBuilder(16 * 1024);

    public PdfComposer(String documentTitle, String footer) {
        this(documentTitle, footer, BUDGET);
    }

    /** @param budget how long writing may take before {@code error.report.too-long} */
    public PdfComposer(String documentTitle, String footer, Duration budget) {
        this.title = documentTitle;
        this.footer = footer;
        this.budget = budget;
    }

    public PdfComposer title(String text) {
        return element("h1", null, text);
    }

    public PdfComposer subtitle(String text) {
        return element("p", "subtitle", text);
    }

    /** A section heading, kept on the page of what follows it. */
    public PdfComposer heading(String text) {
        return element("h2", null, text);
    }

    public PdfComposer subheading(String text) {
        return element("h3", null, text);
    }

    public PdfComposer paragraph(String text) {
        return element("p", null, text);
    }

    /** A quotation of the contract, indented and in italics. */
    public PdfComposer quote(String text) {
        return element("blockquote", null, "« " + (text == null ? "" : text.strip()) + " »");
    }

    /** "label: value" lines, labels in bold; a missing value reads "—". */
    public PdfComposer keyValues(List<String[]> pairs) {
        checkDeadline();
        body.append("<table class=\"facts\"><tbody>");
        for (String[] pair : pairs) {
            String value = pair[1] == null || pair[1].isBlank() ? "—" : pair[1];
            body.append("<tr><th>");
            text(pair[0]);
            body.append("</th><td>");
            text(value);
            body.append("</td></tr>");
        }
        body.append("</tbody></table>\n");
        return this;
    }

    /** A table; widths are fractions of the text width. Its header row is repeated on every page it spans. */
    public PdfComposer table(List<String> headers, List<List<String>> rows, float[] widths) {
        checkDeadline();
        body.append("<table class=\"grid\"><thead><tr>");
        for (int i = 0; i < headers.size(); i++) {
            body.append("<th style=\"width: ").append(String.format(Locale.ROOT, "%.2f", widths[i] * 100))
                    .append("%\">");
            text(headers.get(i));
            body.append("</th>");
        }
        body.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            checkDeadline();
            body.append("<tr>");
            for (String cell : row) {
                body.append("<td>");
                text(cell);
                body.append("</td>");
            }
            body.append("</tr>");
        }
        body.append("</tbody></table>\n");
        return this;
    }

    /** The finished document, rendered within what is left of the budget. */
    public byte[] toPdf() {
        checkDeadline();
        String xhtml = fill(TEMPLATE, HtmlEscaper.escape(title), HtmlEscaper.escape(footer), body);
        return PdfRenderer.render(xhtml, budget.minusNanos(System.nanoTime() - startedAt));
    }

    private PdfComposer element(String name, String cssClass, String text) {
        checkDeadline();
        body.append('<').append(name);
        if (cssClass != null) {
            body.append(" class=\"").append(cssClass).append('"');
        }
        body.append('>');
        text(text);
        body.append("</").append(name).append(">\n");
        return this;
    }

    /**
     * The text escaped; a long one cut into spans of at most {@value #CHUNK} characters. openhtmltopdf
     * copies the rest of a text at every line it breaks, which is quadratic in one long text (12 s for
     * 100,000 characters without a space) and linear in short ones; a span boundary adds no break.
     */
    private void text(String text) {
        if (text == null || text.length() <= CHUNK) {
            body.append(HtmlEscaper.escape(text));
            return;
        }
        for (int start = 0; start < text.length(); ) {
            int end = Math.min(text.length(), start + CHUNK);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            body.append("<span>").append(HtmlEscaper.escape(text.substring(start, end))).append("</span>");
            start = end;
        }
    }

    /** A document taking longer than its budget is abandoned: {@code error.report.too-long}. */
    private void checkDeadline() {
        if (System.nanoTime() - startedAt > budget.toNanos()) {
            throw new PortalException("error.report.too-long");
        }
    }

    /** The template with its four placeholders replaced, in one pass (what is put in is never read again). */
    private static String fill(String template, String title, String footer, CharSequence content) {
        StringBuilder out = new StringBuilder(template.length() + STYLE.length() + content.length() + 256);
        int from = 0;
        int open;
        while ((open = template.indexOf("{{", from)) >= 0) {
            int close = template.indexOf("}}", open);
            out.append(template, from, open);
            String name = template.substring(open + 2, close);
            out.append(switch (name) {
                case "title" -> title;
                case "footer" -> footer;
                case "style" -> STYLE;
                case "body" -> content;
                default -> throw new IllegalStateException("unknown placeholder " + name);
            });
            from = close + 2;
        }
        return out.append(template, from, template.length()).toString();
    }

    private static String read(String path) {
        return new String(PdfRenderer.resource(path), StandardCharsets.UTF_8);
    }
}
