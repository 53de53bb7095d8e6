package org.freelance.portal.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes sober A4 documents (reports, evidence journals): headings, paragraphs, quotes, key/value
 * blocks and tables, with wrapping, page breaks and a footer "page n / m". Uses the standard PDF
 * fonts; characters they cannot draw are replaced, never fatal. Writing is time-boxed
 * ({@link #BUDGET}): whatever the text, a report ends or fails with {@code error.report.too-long}.
 */
public final class PdfComposer implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 24;
    private static final float[] ACCENT = {0.10f, 0.25f, 0.45f};

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final Map<Character, Character> replacements = new HashMap<>();
    private final Map<PDFont, Map<Character, Float>> glyphWidths = new HashMap<>();
    private final long startedAt = System.nanoTime();
    private final long budgetNanos;
    private final String footer;
    private PDPageContentStream content;
    private float y;

    /** Time a document may take before it is abandoned (a journal of thousands of entries takes a few seconds). */
    public static final Duration BUDGET = Duration.ofSeconds(30);

    public PdfComposer(String documentTitle, String footer) {
        this(documentTitle, footer, BUDGET);
    }

    /** @param budget how long writing may take before {@code error.report.too-long} */
    public PdfComposer(String documentTitle, String footer, Duration budget) {
        this.footer = footer;
        this.budgetNanos = budget.toNanos();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(clean(documentTitle, regular));
        info.setProducer("Portail Freelance Entraide");
        newPage();
    }

    public PdfComposer title(String text) {
        write(text, bold, 18, 0, ACCENT);
        y -= 6;
        return this;
    }

    public PdfComposer subtitle(String text) {
        write(text, regular, 10.5f, 0, new float[] {0.35f, 0.35f, 0.35f});
        y -= 4;
        return this;
    }

    public PdfComposer heading(String text) {
        ensure(60);
        y -= 10;
        write(text, bold, 13, 0, ACCENT);
        line(MARGIN, y + 2, MARGIN + WIDTH, y + 2, 0.6f);
        y -= 6;
        return this;
    }

    public PdfComposer subheading(String text) {
        ensure(40);
        y -= 4;
        write(text, bold, 11, 0, null);
        return this;
    }

    public PdfComposer paragraph(String text) {
        write(text, regular, 10, 0, null);
        y -= 3;
        return this;
    }

    /** A quotation of the contract, indented and in italics. */
    public PdfComposer quote(String text) {
        float top = y;
        write("« " + text.strip() + " »", italic, 9.5f, 14, new float[] {0.2f, 0.2f, 0.2f});
        if (top - y < 800) {
            line(MARGIN + 6, Math.min(top + 2, PDRectangle.A4.getHeight() - MARGIN), MARGIN + 6, y + 8, 1.5f);
        }
        y -= 3;
        return this;
    }

    /** "label: value" lines, labels in bold. */
    public PdfComposer keyValues(List<String[]> pairs) {
        for (String[] pair : pairs) {
            ensure(16);
            float labelWidth = 150;
            List<String> lines = wrap(pair[1] == null || pair[1].isBlank() ? "—" : pair[1], regular, 10,
                    WIDTH - labelWidth);
            text(MARGIN, y, pair[0], bold, 10, null);
            for (String line : lines) {
                ensure(14);
                text(MARGIN + labelWidth, y, line, regular, 10, null);
                y -= 13;
            }
        }
        y -= 4;
        return this;
    }

    /** A table; widths are fractions of the text width. */
    public PdfComposer table(List<String> headers, List<List<String>> rows, float[] widths) {
        row(headers, widths, bold, true);
        for (List<String> row : rows) {
            row(row, widths, regular, false);
        }
        y -= 6;
        return this;
    }

    public PdfComposer space(float points) {
        y -= points;
        return this;
    }

    public byte[] toPdf() {
        try {
            content.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream stream = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String left = clean(footer, regular);
                    String right = (i + 1) + " / " + pages;
                    stream.setNonStrokingColor(0.45f, 0.45f, 0.45f);
                    stream.beginText();
                    stream.setFont(regular, 8);
                    stream.newLineAtOffset(MARGIN, MARGIN - 20);
                    stream.showText(left.length() > 140 ? left.substring(0, 140) : left);
                    stream.endText();
                    stream.beginText();
                    stream.newLineAtOffset(MARGIN + WIDTH - regular.getStringWidth(right) / 1000 * 8, MARGIN - 20);
                    stream.showText(right);
                    stream.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- layout -------------------------------------------------------------------------------------

    private void row(List<String> cells, float[] widths, PDFont font, boolean header) {
        float size = 9;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = wrap(cells.get(i) == null ? "" : cells.get(i), font, size, widths[i] * WIDTH - 8);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * 11.5f + 6;
        ensure(height + 4);
        try {
            if (header) {
                content.setNonStrokingColor(0.92f, 0.94f, 0.97f);
                content.addRect(MARGIN, y - height + 9, WIDTH, height);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float x = MARGIN;
        for (int i = 0; i < wrapped.size(); i++) {
            float lineY = y;
            for (String line : wrapped.get(i)) {
                text(x + 4, lineY, line, font, size, null);
                lineY -= 11.5f;
            }
            x += widths[i] * WIDTH;
        }
        y -= height;
        line(MARGIN, y + 9, MARGIN + WIDTH, y + 9, 0.3f);
    }

    private void write(String text, PDFont font, float size, float indent, float[] colour) {
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            for (String line : wrap(paragraph, font, size, WIDTH - indent)) {
                ensure(size + 4);
                text(MARGIN + indent, y, line, font, size, colour);
                y -= size * 1.35f;
            }
        }
    }

    /**
     * Greedy wrapping in one pass over the characters (each glyph's width is looked up once per font):
     * a word wider than the line is broken where it reaches the edge, so a long run without spaces
     * costs no more than ordinary text.
     */
    private List<String> wrap(String text, PDFont font, float size, float width) {
        checkDeadline();
        String clean = clean(text, font);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        float currentWidth = 0;
        float space = charWidth(' ', font, size);
        for (String word : clean.split(" ")) {
            float wordWidth = 0;
            for (int i = 0; i < word.length(); i++) {
                wordWidth += charWidth(word.charAt(i), font, size);
            }
            float candidate = current.isEmpty() ? wordWidth : currentWidth + space + wordWidth;
            if (candidate <= width) {
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(word);
                currentWidth = candidate;
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            int start = 0;
            float lineWidth = 0;
            for (int i = 0; i < word.length(); i++) {
                float w = charWidth(word.charAt(i), font, size);
                if (lineWidth + w > width && i > start) {
                    lines.add(word.substring(start, i));
                    start = i;
                    lineWidth = 0;
                }
                lineWidth += w;
            }
            current.append(word, start, word.length());
            currentWidth = lineWidth;
        }
        lines.add(current.toString());
        return lines;
    }

    private float charWidth(char c, PDFont font, float size) {
        return glyphWidths.computeIfAbsent(font, f -> new HashMap<>())
                .computeIfAbsent(c, ch -> width(String.valueOf(ch), font, 1000)) / 1000 * size;
    }

    private float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size * 0.6f;
        }
    }

    /** A document taking longer than its budget is abandoned: {@code error.report.too-long}. */
    private void checkDeadline() {
        if (System.nanoTime() - startedAt > budgetNanos) {
            throw new PortalException("error.report.too-long");
        }
    }

    /** Tabs and odd spaces become spaces; characters the font cannot encode become '?'. */
    private String clean(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            char mapped = switch (c) {
                case '\t', '\u00a0', '\u202f', '\u2009', '\r' -> ' ';
                case '\u2010', '\u2011' -> '-';
                default -> c;
            };
            out.append(replacements.computeIfAbsent(mapped, ch -> encodable(ch, font) ? ch : '?'));
        }
        return out.toString();
    }

    private static boolean encodable(char c, PDFont font) {
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void text(float x, float atY, String text, PDFont font, float size, float[] colour) {
        try {
            if (colour != null) {
                content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(clean(text, font));
            content.endText();
            if (colour != null) {
                content.setNonStrokingColor(0f, 0f, 0f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(float x1, float y1, float x2, float y2, float thickness) {
        try {
            content.setLineWidth(thickness);
            content.setStrokingColor(0.75f, 0.78f, 0.82f);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float needed) {
        if (y - needed < BOTTOM) {
            checkDeadline();
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
