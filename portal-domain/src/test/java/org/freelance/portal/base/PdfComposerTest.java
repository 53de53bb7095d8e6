package org.freelance.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
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
        byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try (PdfComposer composer = new PdfComposer("Journal", "pied de page")) {
                composer.paragraph(NO_SPACES);
                composer.keyValues(List.<String[]>of(new String[] {"Note", NO_SPACES}));
                composer.table(List.of("n°", "texte"), List.of(List.of("1", NO_SPACES)), new float[] {0.2f, 0.8f});
                composer.quote(NO_SPACES);
                return composer.toPdf();
            }
        });

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(document.getNumberOfPages()).isGreaterThan(10);
            // each of the four blocks holds the whole run, broken into lines only
            assertThat(text.length()).isGreaterThan(4 * NO_SPACES.length());
            assertThat(text).contains(NO_SPACES.substring(0, 2_000), "Note");
        }
    }

    /** Classes loaded and fonts read before timing, so that the bound measures the wrapping, not the start. */
    private static void warmUp() {
        try (PdfComposer composer = new PdfComposer("Journal", "pied")) {
            composer.paragraph("Échauffement " + "x".repeat(2_000)).toPdf();
        }
    }

    @Test
    void ordinary_text_still_wraps_at_spaces() throws IOException {
        String sentence = "Le client a validé la maquette le 12 mars et demandé une nouvelle version. ".repeat(20);
        byte[] pdf;
        try (PdfComposer composer = new PdfComposer("Journal", "pied")) {
            pdf = composer.paragraph(sentence).toPdf();
        }
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
        try (PdfComposer composer = new PdfComposer("Journal", "pied", Duration.ZERO)) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1000; i++) {
                    composer.paragraph("entrée " + i);
                }
            }).isInstanceOfSatisfying(PortalException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.report.too-long"));
        }
    }
}
