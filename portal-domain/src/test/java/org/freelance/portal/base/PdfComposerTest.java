package org.freelance.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Hostile text in a PDF report: wrapping stays linear, nothing is lost, and writing is time-boxed. */
class PdfComposerTest {

    /** 100,000 characters without a space, as a member may paste into a journal note. */
    static final String NO_SPACES = "Ab1-".repeat(25_000);

    @Test
    void a_hundred_thousand_characters_without_spaces_are_wrapped_in_bounded_time_and_kept_whole() throws IOException {
        warmUp();
        // the old wrapping took minutes on this (37 s for 12,000 characters); it now takes well under a second
        byte[] pdf = withinCpuTime(Duration.ofSeconds(5), () -> {
            PdfComposer composer = new PdfComposer("Journal", "pied de page");
            composer.paragraph(NO_SPACES);
            composer.keyValues(List.<String[]>of(new String[] {"Note", NO_SPACES}));
            composer.table(List.of("n°", "texte"), List.of(List.of("1", NO_SPACES)), new float[] {0.2f, 0.8f});
            composer.quote(NO_SPACES);
            return composer.toPdf();
        });

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(document.getNumberOfPages()).isGreaterThan(10);
            // each of the four blocks holds the whole run, broken into lines only
            assertThat(text.length()).isGreaterThan(4 * NO_SPACES.length());
            assertThat(text).contains(NO_SPACES.substring(0, 2_000), "Note");
        }
    }

    @Test
    void a_hundred_thousand_characters_without_any_break_opportunity_are_cut_at_the_edge_in_bounded_time()
            throws IOException {
        warmUp();
        String blob = "abcdefghij".repeat(10_000);
        // one text node of this size took 12 s to lay out (openhtmltopdf copies the rest at every line)
        byte[] pdf = withinCpuTime(Duration.ofSeconds(5), () -> new PdfComposer("Journal", "pied").paragraph(blob).toPdf());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", "").replaceAll("pied\\d+/\\d+", "")).contains(blob);
        }
    }

    /**
     * The journal of a large case: 1,000 entries with their facts, fingerprints and a quoted note each,
     * over 200 pages, well within the budget (prints how long it took).
     */
    @Test
    void the_journal_of_a_large_case_renders_well_within_the_budget() throws IOException {
        warmUp();
        long started = System.nanoTime();
        PdfComposer composer = new PdfComposer("Journal du dossier D-2026-0042", "pied de page");
        composer.title("Journal du dossier D-2026-0042").subtitle("Généré le 07/12/2026 10:00");
        for (int i = 1; i <= 1_000; i++) {
            composer.subheading("n° " + i + " · Échange · Appel de relance de M. Łukasiewicz");
            composer.keyValues(List.of(new String[] {"Date des faits", "12/03/2026"},
                    new String[] {"Canal", "Appel"}, new String[] {"Participants", "Jeanne Martin, Şükrü Gündoğdu"},
                    new String[] {"Enregistrée", "Alice Dupont — 12/03/2026 18:04"}));
            composer.paragraph("Empreinte de l’entrée : " + "0123456789abcdef".repeat(4));
            composer.quote("Le client promet un virement avant la fin du mois et demande une nouvelle version "
                    + "de la maquette ; rien n’est écrit sur le délai. ".repeat(3));
        }
        byte[] pdf = composer.toPdf();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            System.out.printf("[pdf] large journal: 1000 entries, %d pages, %d KB, %d ms%n",
                    document.getNumberOfPages(), pdf.length / 1024, took.toMillis());
            assertThat(document.getNumberOfPages()).isGreaterThan(100);
            assertThat(new PDFTextStripper().getText(document)).contains("n° 1000 · Échange");
        }
        assertThat(took).isLessThan(PdfComposer.BUDGET);
    }

    /**
     * The work's result, failing when it used more than {@code bound} of its thread's processor time:
     * on a machine shared with other builds, their load does not count, a layout that is not linear
     * does. Abandoned after a minute of waiting, so that a hang fails too.
     */
    private static byte[] withinCpuTime(Duration bound, Supplier<byte[]> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            long started = threads.getCurrentThreadCpuTime();
            byte[] result = work.get();
            assertThat(Duration.ofNanos(threads.getCurrentThreadCpuTime() - started)).isLessThan(bound);
            return result;
        });
    }

    /** Classes loaded and fonts read before timing, so that the bound measures the wrapping, not the start. */
    private static void warmUp() {
        new PdfComposer("Journal", "pied").paragraph("Échauffement " + "x".repeat(2_000)).subheading("gras")
                .quote("italique").toPdf();
    }

    @Test
    void ordinary_text_still_wraps_at_spaces() throws IOException {
        String sentence = "Le client a validé la maquette le 12 mars et demandé une nouvelle version. ".repeat(20);
        byte[] pdf = new PdfComposer("Journal", "pied").paragraph(sentence).toPdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> lines = new PDFTextStripper().getText(document).lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).hasSizeGreaterThan(10);
            assertThat(lines).filteredOn(l -> l.startsWith("Le client")).isNotEmpty();
            assertThat(lines.stream().filter(l -> !l.contains("/")))
                    .allSatisfy(l -> assertThat(l).doesNotStartWith(" ").doesNotContain("  "));
        }
    }

    @Test
    void writing_past_its_time_budget_stops_with_a_message_key() {
        PdfComposer composer = new PdfComposer("Journal", "pied", Duration.ZERO);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 1000; i++) {
                composer.paragraph("entrée " + i);
            }
        }).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.report.too-long"));
    }

    @Test
    void laying_out_past_its_time_budget_stops_with_the_same_message_key() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            body.append("<p>entrée ").append(i).append(" du journal, appel de relance</p>");
        }
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>body { font-family: 'DejaVu Sans'; }"
                + "</style></head><body>" + body + "</body></html>";
        // the blocks were written in time, the layout is what runs out of it
        assertThatThrownBy(() -> PdfRenderer.render(xhtml, Duration.ofMillis(50))).isInstanceOfSatisfying(
                PortalException.class, e -> assertThat(e.messageKey()).isEqualTo("error.report.too-long"));
    }
}
