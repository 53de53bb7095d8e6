package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.freelance.portal.cases.Chains.bytes;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.freelance.portal.base.ContentSniffer;
import org.freelance.portal.base.Digests;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.review.ContractDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** File names kept for case files, and the checks a file passes before joining a case. */
class CaseFilesTest {

    final CaseFiles files = new CaseFiles(new ContentSniffer());

    static String keyOf(Runnable check) {
        try {
            check.run();
            return null;
        } catch (PortalException e) {
            return e.messageKey();
        }
    }

    // --- cleanName ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t", "\n", "\r\n", "\u0000", "\u0000\u0001\u001f\u007f", " \t \u0000 "})
    void missing_or_blank_name_becomes_file(String name) {
        assertThat(CaseFiles.cleanName(name)).isEqualTo("file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"contrat.pdf", "Contrat signé – v2 (final).pdf", "facture n°12.pdf", "合同.docx",
            "relevé 😀.png", "a", "no-extension", ".hidden", "x.tar.gz", "nom avec  deux espaces.txt"})
    void ordinary_names_are_kept_as_they_are(String name) {
        assertThat(CaseFiles.cleanName(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/home/alice/docs/contrat.pdf|contrat.pdf",
            "C:\\Users\\Alice\\Documents\\contrat.pdf|contrat.pdf",
            "\\\\serveur\\partage\\facture.pdf|facture.pdf",
            "../../etc/passwd|passwd",
            "..\\..\\windows\\win.ini|win.ini",
            "dossier/sous-dossier\\mixte/relance.eml|relance.eml",
            "./contrat.pdf|contrat.pdf",
            "Mes documents/ contrat signé.pdf |contrat signé.pdf"})
    void directories_in_the_name_are_dropped(String name, String kept) {
        assertThat(CaseFiles.cleanName(name)).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier/", "dossier\\", "/", "\\", "a/b/ ", "a/b/\t"})
    void name_ending_in_a_directory_becomes_file(String name) {
        assertThat(CaseFiles.cleanName(name)).isEqualTo("file");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "../..", "a/..", "..\\", "dossier/.", " .. "})
    void dot_directories_are_not_file_names(String name) {
        assertThat(CaseFiles.cleanName(name)).isEqualTo("file");
    }

    @Test
    void names_made_of_dots_that_are_not_directories_are_kept() {
        assertThat(CaseFiles.cleanName("...")).isEqualTo("...");
        assertThat(CaseFiles.cleanName("..pdf")).isEqualTo("..pdf");
    }

    static Stream<Arguments> controlCharacters() {
        return Stream.of(
                Arguments.of("con\u0000trat.pdf", "contrat.pdf"),
                Arguments.of("contrat\r\n.pdf", "contrat.pdf"),
                Arguments.of("con\ttrat.pdf", "contrat.pdf"),
                Arguments.of("\u0007bip\u001b[31m.pdf", "bip[31m.pdf"),
                Arguments.of("del\u007f.pdf", "del.pdf"),
                Arguments.of("next\u0085line.pdf", "nextline.pdf"),
                Arguments.of("c1\u0080\u009b\u009f.pdf", "c1.pdf"));
    }

    @ParameterizedTest
    @MethodSource("controlCharacters")
    void control_characters_are_removed(String name, String kept) {
        assertThat(CaseFiles.cleanName(name)).isEqualTo(kept);
    }

    @Test
    void control_characters_cannot_hide_a_directory() {
        assertThat(CaseFiles.cleanName("..\u0000/..\u0000/etc/passwd")).isEqualTo("passwd");
        assertThat(CaseFiles.cleanName("a/\u0000")).isEqualTo("file");
    }

    @Test
    void surrounding_spaces_are_trimmed_after_control_characters_go() {
        assertThat(CaseFiles.cleanName("  \u0000 contrat.pdf \n")).isEqualTo("contrat.pdf");
        assertThat(CaseFiles.cleanName("\u3000contrat.pdf\u2003")).isEqualTo("contrat.pdf");
    }

    @Test
    void name_of_exactly_200_characters_is_kept() {
        String name = "a".repeat(196) + ".pdf";
        assertThat(CaseFiles.cleanName(name)).isEqualTo(name);
    }

    @Test
    void long_name_keeps_its_last_200_characters_and_so_its_extension() {
        String name = "b".repeat(100) + "a".repeat(196) + ".pdf";
        String kept = CaseFiles.cleanName(name);
        assertThat(kept).hasSize(200).endsWith(".pdf").isEqualTo("a".repeat(196) + ".pdf");
        assertThat(CaseFiles.cleanName("x" + "a".repeat(196) + ".pdf")).isEqualTo("a".repeat(196) + ".pdf");
    }

    @Test
    void long_path_with_a_short_name_keeps_the_name() {
        assertThat(CaseFiles.cleanName("d/".repeat(500) + "contrat.pdf")).isEqualTo("contrat.pdf");
    }

    @Test
    void long_name_is_not_cut_inside_a_character() {
        String emoji = "😀";
        for (String extension : new String[] {".pdf", ".docx"}) {
            String kept = CaseFiles.cleanName(emoji.repeat(150) + extension);
            assertThat(Character.isLowSurrogate(kept.charAt(0))).as(extension).isFalse();
            assertThat(kept).endsWith(emoji + extension).hasSizeLessThanOrEqualTo(200);
            assertThat(kept.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        }
    }

    @Test
    void cleaning_is_idempotent() {
        for (String name : new String[] {"../a\u0000b.pdf", "  x  ", "c".repeat(300), "C:\\x\\y.z", "", null}) {
            String once = CaseFiles.cleanName(name);
            assertThat(CaseFiles.cleanName(once)).isEqualTo(once);
        }
    }

    // --- contract and attachment checks ------------------------------------------------------------------

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void a_pdf_contract_is_accepted_with_its_type_fingerprint_and_clean_name() throws Exception {
        byte[] pdf = ContractDocuments.pdf();
        CaseFiles.Checked checked = files.contract("C:\\scans\\contrat\u0000.pdf", pdf);
        assertThat(checked.fileName()).isEqualTo("contrat.pdf");
        assertThat(checked.mediaType()).isEqualTo("application/pdf");
        assertThat(checked.sha256()).isEqualTo(Digests.sha256(pdf));
        assertThat(checked.content()).isEqualTo(pdf);
    }

    @Test
    void docx_and_plain_text_contracts_are_accepted() throws Exception {
        assertThat(files.contract("c.docx", ContractDocuments.docx()).mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(files.contract(null, bytes("Contrat de prestation\nArticle 1")).mediaType()).isEqualTo("text/plain");
        assertThat(files.contract(null, bytes("Contrat de prestation\nArticle 1")).fileName()).isEqualTo("file");
    }

    @Test
    void an_image_is_an_attachment_but_not_a_contract() throws Exception {
        byte[] png = png();
        assertThat(keyOf(() -> files.contract("scan.png", png))).isEqualTo("error.upload.unsupported-type");
        assertThat(files.attachment("scan.png", png).mediaType()).isEqualTo("image/png");
    }

    @Test
    void the_type_comes_from_the_bytes_not_the_name() {
        byte[] executable = new byte[256];
        executable[0] = 'M';
        executable[1] = 'Z';
        assertThat(keyOf(() -> files.contract("contrat.pdf", executable))).isEqualTo("error.upload.unsupported-type");
        assertThat(keyOf(() -> files.attachment("facture.pdf", executable))).isEqualTo("error.upload.unsupported-type");
        assertThat(keyOf(() -> files.attachment("archive.pdf", Chains.bytes("PK\u0003\u0004")))).isNotNull();
    }

    @Test
    void empty_files_are_refused() {
        assertThat(keyOf(() -> files.contract("c.pdf", new byte[0]))).isEqualTo("error.upload.empty");
        assertThat(keyOf(() -> files.contract("c.pdf", null))).isEqualTo("error.upload.empty");
        assertThat(keyOf(() -> files.attachment("c.pdf", new byte[0]))).isEqualTo("error.upload.empty");
    }

    @Test
    void files_over_twenty_megabytes_are_refused_before_being_read() {
        byte[] huge = new byte[(int) CaseFiles.MAX_BYTES + 1];
        assertThat(keyOf(() -> files.attachment("big.pdf", huge))).isEqualTo("error.upload.too-large");
        assertThat(keyOf(() -> files.contract("big.pdf", huge))).isEqualTo("error.upload.too-large");
    }

    @Test
    void every_contract_type_is_also_an_attachment_type() {
        assertThat(CaseFiles.ATTACHMENT_TYPES).containsAll(CaseFiles.CONTRACT_TYPES).contains("message/rfc822");
    }
}
