package org.freelance.portal.base;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Turns a self-contained XHTML document into an archivable PDF (PDF/A-2u: PDF/A-2b whose text can
 * always be extracted) with openhtmltopdf on PDFBox. The only font is DejaVu Sans, shipped in
 * {@code pdf/fonts} and embedded as subsets, so every script the portal meets (accented Latin,
 * Polish, Czech, Turkish, Vietnamese, Greek, Cyrillic) is drawn as written. Nothing is fetched from
 * outside: an address in a document loads nothing. The time budget is checked each time a run of
 * text is broken into lines and each time a page is added, so that no text can keep a document
 * running: past it, {@code error.report.too-long}.
 */
public final class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String PRODUCER = "Portail Freelance Entraide";

    static {
        // its per-document INFO lines (stylesheet timings, "prepare to fly") would flood the log
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private PdfRenderer() {
    }

    /**
     * The PDF of {@code xhtml}, which must be well-formed XHTML with every text escaped by
     * {@link HtmlEscaper}; fails with {@code error.report.too-long} once {@code budget} is spent.
     */
    public static byte[] render(String xhtml, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        checkDeadline(deadline);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfAConformance(PdfAConformance.PDFA_2_U)
                .useColorProfile(Resources.SRGB)
                .withProducer(PRODUCER)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useUnicodeLineBreaker(new TimedLineBreaker(deadline))
                .usePageSupplier((document, width, height, pageNumber, shadowPageNumber) -> {
                    checkDeadline(deadline);
                    PDPage page = new PDPage(new PDRectangle(width, height));
                    document.addPage(page);
                    return page;
                })
                .useFont(() -> font(Resources.REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> font(Resources.BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                .useFont(() -> font(Resources.OBLIQUE), FONT_FAMILY, 400, FontStyle.ITALIC, true)
                .withHtmlContent(xhtml, null)
                .toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void checkDeadline(long deadline) {
        if (System.nanoTime() - deadline > 0) {
            throw new PortalException("error.report.too-long");
        }
    }

    private static InputStream font(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** The default line breaking of openhtmltopdf, with the deadline checked for each run of text. */
    private static final class TimedLineBreaker implements FSTextBreaker {

        private final FSTextBreaker lines = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
        private final long deadline;

        TimedLineBreaker(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public int next() {
            return lines.next();
        }

        @Override
        public void setText(String text) {
            checkDeadline(deadline);
            lines.setText(text);
        }
    }

    /** Read once: the three faces (about 2 MB) and the sRGB profile PDF/A declares as output intent. */
    private static final class Resources {

        static final byte[] REGULAR = resource("pdf/fonts/DejaVuSans.ttf");
        static final byte[] BOLD = resource("pdf/fonts/DejaVuSans-Bold.ttf");
        static final byte[] OBLIQUE = resource("pdf/fonts/DejaVuSans-Oblique.ttf");
        static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** A file shipped on the class path (fonts, templates, styles). */
    static byte[] resource(String path) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
