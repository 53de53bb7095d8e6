package org.freelance.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/**
 * What a PDF document holds, read back with PDFBox: every script the portal meets exactly as written,
 * markup typed by a user as text, long tables over several pages with their header on each, and an
 * archivable PDF/A file whose fonts are embedded.
 */
class PdfDocumentTest {

    /** Names, places and signs from the communities' cases, one line each. */
    static final List<String> SCRIPTS = List.of(
            "Français : Élodie Lefèvre a reçu l’acompte, « déjà payé » à Besançon ; cœur, Noël, ÇA",
            "Polski: Łukasz Żółć z Gdańska, Ślęża",
            "Čeština: Řehoř Dvořák, Plzeň, příliš žluťoučký kůň",
            "Türkçe: Şükrü Gündoğdu, İstanbul, ığüşöç IĞÜŞÖÇ",
            "Tiếng Việt: Nguyễn Thị Hương, Đà Nẵng, Phạm Văn Đồng",
            "Ελληνικά: Γιώργος Παπαδόπουλος, Αθήνα",
            "Кириллица: Ольга Іваненко, Київ; Сергей Щукин, Москва",
            "Montant\u00a0: 1\u202f250,50\u00a0€ — “accord” ‘signé’ … n° 3");

    @Test
    void every_script_the_portal_meets_is_read_back_exactly_as_written() throws IOException {
        PdfComposer composer = new PdfComposer("Łódź — Ελληνικά — Київ", "Pied de page : ş ğ İ ř");
        SCRIPTS.forEach(composer::paragraph);
        composer.keyValues(List.<String[]>of(new String[] {"Partie", "Nguyễn Thị Hương"}));

        try (PDDocument document = Loader.loadPDF(composer.toPdf())) {
            List<String> lines = new PDFTextStripper().getText(document).lines().map(String::strip).toList();
            assertThat(lines).containsAll(SCRIPTS).contains("Pied de page : ş ğ İ ř 1 / 1", "Partie Nguyễn Thị Hương");
            assertThat(String.join("\n", lines)).doesNotContain("?", "#", "\uFFFD");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Łódź — Ελληνικά — Київ");
        }
    }

    @Test
    void markup_typed_by_a_user_is_printed_as_text_never_interpreted() throws IOException {
        String typed = "<script>alert('x')</script> <b>gras</b> & &amp; <img src=\"http://example.org/x.png\"/> \u0007";
        byte[] pdf = new PdfComposer("<title>", "</div>").paragraph(typed).quote("</blockquote><h1>")
                .table(List.of("<th>"), List.of(List.of("</td></tr></table>")), new float[] {1f}).toPdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("<script>alert('x')</script> <b>gras</b> & &amp; <img src=\"http://example.org/x.png\"/>",
                    "« </blockquote><h1> »", "<th>", "</td></tr></table>", "</div>");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("<title>");
        }
    }

    @Test
    void a_long_table_runs_over_several_pages_with_its_header_on_each_and_every_row_once() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            rows.add(List.of("Point " + i, i % 2 == 0 ? "Obtenu" : "À négocier — délai de paiement ramené à 45 jours"));
        }
        byte[] pdf = new PdfComposer("Liste", "pied").heading("Négociation")
                .table(List.of("Point à négocier", "Statut"), rows, new float[] {0.4f, 0.6f}).toPdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> all = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(document).lines().map(String::strip).toList();
                assertThat(lines).as("page %d", page).contains("Point à négocier Statut");
                lines.stream().filter(l -> l.startsWith("Point ") && !l.startsWith("Point à")).forEach(all::add);
            }
            assertThat(all).hasSize(300);
            for (int i = 0; i < 300; i++) {
                assertThat(all.get(i)).startsWith("Point " + (i + 1) + " ");
            }
        }
    }

    @Test
    void the_file_is_pdf_a_2u_with_every_font_embedded() throws Exception {
        byte[] pdf = new PdfComposer("Journal", "pied").title("Journal").paragraph("Texte normal")
                .subheading("Gras").quote("Italique").toPdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
            assertThat(pdfa.getPart()).isEqualTo(2);
            assertThat(pdfa.getConformance()).isEqualTo("U");
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
            assertThat(fonts.stream().map(PDFont::getName).distinct()).hasSize(3);
        }
    }
}
