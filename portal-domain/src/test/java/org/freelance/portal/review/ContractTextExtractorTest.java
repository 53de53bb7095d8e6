package org.freelance.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.freelance.portal.base.ContentSniffer;
import org.freelance.portal.base.PortalException;
import org.junit.jupiter.api.Test;

/** Uploads are sniffed by content, bounded, and refused with a keyed message when unusable. */
class ContractTextExtractorTest {

    final ContractTextExtractor extractor = new ContractTextExtractor(new ContentSniffer());

    @Test
    void reads_a_real_pdf() throws Exception {
        byte[] pdf = ContractDocuments.pdf();
        ExtractedContract contract = extractor.extract(pdf);
        assertThat(contract.mediaType()).isEqualTo("application/pdf");
        assertThat(contract.text()).contains("Article 2 - Paiement").contains("90 jours fin de mois");
        assertThat(contract.sha256()).hasSize(64).isEqualTo(ContractTextExtractor.sha256(pdf))
                .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(pdf)));
        assertThat(contract.size()).isEqualTo(pdf.length);
    }

    @Test
    void reads_docx_odt_rtf_and_plain_text() throws Exception {
        assertThat(extractor.extract(ContractDocuments.docx()).mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(extractor.extract(ContractDocuments.docx()).text()).contains("Article 3 - Resiliation");
        assertThat(extractor.extract(ContractDocuments.odt()).mediaType())
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(extractor.extract(ContractDocuments.odt()).text()).contains("preavis de 8 jours");
        assertThat(extractor.extract(ContractDocuments.rtf()).mediaType()).isEqualTo("application/rtf");
        assertThat(extractor.extract(ContractDocuments.rtf()).text()).contains("Tribunal de commerce de Paris");
        assertThat(extractor.extract(ContractDocuments.txt()).mediaType()).isEqualTo("text/plain");
    }

    @Test
    void an_encrypted_pdf_is_refused_with_its_own_message() {
        assertThatThrownBy(() -> extractor.extract(ContractDocuments.encryptedPdf()))
                .isInstanceOf(PortalException.class).extracting("messageKey").isEqualTo("error.upload.encrypted");
    }

    @Test
    void a_scan_without_text_layer_is_refused() {
        assertThatThrownBy(() -> extractor.extract(ContractDocuments.scannedPdf()))
                .isInstanceOf(PortalException.class).extracting("messageKey").isEqualTo("error.upload.no-text");
    }

    @Test
    void empty_and_oversized_files_are_refused() {
        assertThatThrownBy(() -> extractor.extract(new byte[0])).extracting("messageKey").isEqualTo("error.upload.empty");
        assertThatThrownBy(() -> extractor.extract("   \n ".getBytes(StandardCharsets.UTF_8)))
                .extracting("messageKey").isEqualTo("error.upload.empty");
        byte[] huge = new byte[(int) ContractTextExtractor.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> extractor.extract(huge)).extracting("messageKey").isEqualTo("error.upload.too-large");
    }

    @Test
    void the_type_comes_from_the_content_not_the_name() throws Exception {
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> extractor.extract(image)).extracting("messageKey")
                .isEqualTo("error.upload.unsupported-type");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> extractor.extract(zip)).isInstanceOf(PortalException.class);
    }

    @Test
    void a_truncated_pdf_is_unreadable_not_a_crash() throws Exception {
        byte[] pdf = ContractDocuments.pdf();
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        assertThatThrownBy(() -> extractor.extract(truncated)).isInstanceOf(PortalException.class)
                .extracting("messageKey").isIn("error.upload.unreadable", "error.upload.no-text");
    }
}
