package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.freelance.portal.cases.Chains.bytes;

import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Properties;
import java.util.Random;
import org.freelance.portal.base.PortalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading an .eml file into an exchange: headers, text, attachments; refusing what is not an email. */
class EmailMessageTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Late on Saturday 14 March in UTC, already Sunday 15 March in Paris. */
    static final Instant SENT = Instant.parse("2026-03-14T23:30:00Z");
    static final byte[] INVOICE = bytes("%PDF-1.4\nfacture 12\n%%EOF");

    static MimeMessage message() throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("compta@client.example", "Service comptable"));
        message.setRecipients(RecipientType.TO, InternetAddress.parse("alice@freelance.example"));
        message.setSentDate(Date.from(SENT));
        message.setSubject("Relance facture 12");
        return message;
    }

    static byte[] eml(MimeMessage message) throws MessagingException, IOException {
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    static MimeBodyPart text(String text) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        return part;
    }

    static MimeBodyPart html(String html) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(html, "UTF-8", "html");
        return part;
    }

    static MimeBodyPart attachment(String fileName, byte[] content, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(fileName);
        part.setDisposition(Part.ATTACHMENT);
        return part;
    }

    static String keyOf(Runnable parse) {
        try {
            parse.run();
        } catch (PortalException e) {
            return e.messageKey();
        }
        throw new AssertionError("no PortalException");
    }

    // --- reading a real email -----------------------------------------------------------------------

    @Test
    void text_with_an_attachment_is_read_with_headers_body_and_file() throws Exception {
        MimeMessage message = message();
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text("Bonjour Alice,\r\n\r\nvoici la facture 12.\r\n\r\nCordialement\r\n"));
        mixed.addBodyPart(attachment("facture-12.pdf", INVOICE, "application/pdf"));
        message.setContent(mixed);

        EmailMessage email = EmailMessage.parse(eml(message), PARIS);

        assertThat(email.subject()).isEqualTo("Relance facture 12");
        assertThat(email.from()).isEqualTo("Service comptable <compta@client.example>");
        assertThat(email.to()).containsExactly("alice@freelance.example");
        assertThat(email.cc()).isEmpty();
        assertThat(email.sentOn()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(email.body()).isEqualTo("Bonjour Alice,\n\nvoici la facture 12.\n\nCordialement");
        assertThat(email.attachments()).hasSize(1);
        assertThat(email.attachments().getFirst().fileName()).isEqualTo("facture-12.pdf");
        assertThat(email.attachments().getFirst().content()).isEqualTo(INVOICE);
    }

    @Test
    void sent_day_is_the_day_in_the_given_zone() throws Exception {
        MimeMessage message = message();
        message.setText("x");
        byte[] eml = eml(message);
        assertThat(EmailMessage.parse(eml, PARIS).sentOn()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(EmailMessage.parse(eml, ZoneId.of("UTC")).sentOn()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(EmailMessage.parse(eml, ZoneId.of("America/New_York")).sentOn())
                .isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    void sent_day_follows_the_date_header_with_its_own_offset() throws Exception {
        String eml = """
                From: bob@client.example
                Subject: rappel
                Date: Mon, 30 Mar 2026 01:30:00 +0200

                corps
                """;
        assertThat(EmailMessage.parse(bytes(eml), PARIS).sentOn()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(EmailMessage.parse(bytes(eml), ZoneId.of("UTC")).sentOn()).isEqualTo(LocalDate.of(2026, 3, 29));
    }

    @Test
    void html_only_email_is_reduced_to_text() throws Exception {
        MimeMessage message = message();
        message.setText("<html><head><style>p { color: red; }</style><script>alert('x')</script></head><body>"
                + "<p>Bonjour&nbsp;Alice,</p><p>Le paiement &lt;sous 60 jours&gt; est &quot;refusé&quot; "
                + "&amp; c&#39;est tout.<br>Ligne 2<br/>Ligne 3</p><div><b>Signature</b></div></body></html>",
                "UTF-8", "html");

        EmailMessage email = EmailMessage.parse(eml(message), PARIS);

        assertThat(email.body()).isEqualTo("Bonjour Alice,\nLe paiement <sous 60 jours> est \"refusé\" & c'est tout."
                + "\nLigne 2\nLigne 3\nSignature");
        assertThat(email.body()).doesNotContain("alert").doesNotContain("color");
        assertThat(email.attachments()).isEmpty();
    }

    @Test
    void plain_part_is_preferred_to_its_html_alternative() throws Exception {
        MimeMessage message = message();
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text("version texte"));
        alternative.addBodyPart(html("<p>version <b>HTML</b></p>"));
        message.setContent(alternative);
        assertThat(EmailMessage.parse(eml(message), PARIS).body()).isEqualTo("version texte");
    }

    @Test
    void html_alternative_listed_first_does_not_win_over_the_plain_part() throws Exception {
        MimeMessage message = message();
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(html("<p>version <b>HTML</b></p>"));
        alternative.addBodyPart(text("version texte"));
        message.setContent(alternative);
        assertThat(EmailMessage.parse(eml(message), PARIS).body()).isEqualTo("version texte");
    }

    @Test
    void nested_alternative_inside_mixed_gives_the_text_and_the_attachments() throws Exception {
        MimeMessage message = message();
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text("texte"));
        alternative.addBodyPart(html("<p>html</p>"));
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment("facture-12.pdf", INVOICE, "application/pdf"));
        mixed.addBodyPart(attachment("releve.csv", bytes("date;montant\n2026-03-01;1250\n"), "text/csv"));
        message.setContent(mixed);

        EmailMessage email = EmailMessage.parse(eml(message), PARIS);

        assertThat(email.body()).isEqualTo("texte");
        assertThat(email.attachments()).extracting(EmailMessage.Attachment::fileName)
                .containsExactly("facture-12.pdf", "releve.csv");
        assertThat(email.attachments().get(1).content()).isEqualTo(bytes("date;montant\n2026-03-01;1250\n"));
    }

    @Test
    void text_file_attached_is_an_attachment_not_the_body() throws Exception {
        MimeMessage message = message();
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(attachment("conditions.txt", bytes("CGV"), "text/plain"));
        mixed.addBodyPart(text("le vrai corps"));
        message.setContent(mixed);
        EmailMessage email = EmailMessage.parse(eml(message), PARIS);
        assertThat(email.body()).isEqualTo("le vrai corps");
        assertThat(email.attachments()).extracting(EmailMessage.Attachment::fileName).containsExactly("conditions.txt");
    }

    @Test
    void inline_image_with_a_file_name_is_kept_as_an_attachment() throws Exception {
        MimeMessage message = message();
        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(html("<p>voir capture</p><img src=\"cid:capture\">"));
        MimeBodyPart image = new MimeBodyPart();
        image.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                "image/png")));
        image.setFileName("capture.png");
        image.setDisposition(Part.INLINE);
        image.setContentID("<capture>");
        related.addBodyPart(image);
        message.setContent(related);

        EmailMessage email = EmailMessage.parse(eml(message), PARIS);

        assertThat(email.body()).isEqualTo("voir capture");
        assertThat(email.attachments()).extracting(EmailMessage.Attachment::fileName).containsExactly("capture.png");
    }

    @Test
    void attachment_without_a_name_is_called_attachment() throws Exception {
        MimeMessage message = message();
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text("corps"));
        MimeBodyPart nameless = new MimeBodyPart();
        nameless.setDataHandler(new DataHandler(new ByteArrayDataSource(INVOICE, "application/pdf")));
        nameless.setDisposition(Part.ATTACHMENT);
        mixed.addBodyPart(nameless);
        message.setContent(mixed);
        assertThat(EmailMessage.parse(eml(message), PARIS).attachments())
                .extracting(EmailMessage.Attachment::fileName).containsExactly("attachment");
    }

    @Test
    void forwarded_email_is_kept_as_an_eml_attachment() throws Exception {
        MimeMessage inner = message();
        inner.setSubject("Message d'origine");
        inner.setText("texte d'origine");
        inner.saveChanges();
        MimeMessage message = message();
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text("voir ci-dessous"));
        MimeBodyPart forwarded = new MimeBodyPart();
        forwarded.setContent(inner, "message/rfc822");
        mixed.addBodyPart(forwarded);
        message.setContent(mixed);

        EmailMessage email = EmailMessage.parse(eml(message), PARIS);

        assertThat(email.body()).isEqualTo("voir ci-dessous");
        assertThat(email.attachments()).hasSize(1);
        assertThat(email.attachments().getFirst().fileName()).isEqualTo("message.eml");
        assertThat(new String(email.attachments().getFirst().content(), StandardCharsets.UTF_8))
                .contains("Subject: Message d'origine").contains("texte d'origine");
    }

    @Test
    void encoded_utf8_subject_and_quoted_printable_body_are_decoded() throws Exception {
        MimeMessage message = message();
        message.setSubject("Relance facture n° 12 – été", "UTF-8");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = text("La facture n° 12 reste impayée depuis l'été – merci de régulariser.");
        body.setHeader("Content-Transfer-Encoding", "quoted-printable");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment("facture été n° 12.pdf", INVOICE, "application/pdf"));
        message.setContent(mixed);
        byte[] eml = eml(message);
        for (byte b : eml) {
            assertThat(b).as("the message travels as 7-bit ASCII").isNotNegative();
        }
        assertThat(new String(eml, StandardCharsets.US_ASCII)).contains("Subject: =?UTF-8?").contains("impay=C3=A9e");

        EmailMessage email = EmailMessage.parse(eml, PARIS);

        assertThat(email.subject()).isEqualTo("Relance facture n° 12 – été");
        assertThat(email.body()).isEqualTo("La facture n° 12 reste impayée depuis l'été – merci de régulariser.");
        assertThat(email.attachments().getFirst().fileName()).isEqualTo("facture été n° 12.pdf");
    }

    @Test
    void file_name_encoded_the_old_way_is_decoded() throws Exception {
        MimeMessage message = message();
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text("corps"));
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(INVOICE, "application/pdf")));
        file.setHeader("Content-Disposition",
                "attachment; filename=\"" + MimeUtility.encodeText("relevé d'heures.pdf", "UTF-8", "Q") + "\"");
        mixed.addBodyPart(file);
        message.setContent(mixed);
        assertThat(EmailMessage.parse(eml(message), PARIS).attachments())
                .extracting(EmailMessage.Attachment::fileName).containsExactly("relevé d'heures.pdf");
    }

    @Test
    void to_and_cc_recipients_are_all_read_in_order() throws Exception {
        MimeMessage message = message();
        message.setRecipients(RecipientType.TO, new InternetAddress[] {
                new InternetAddress("alice@freelance.example", "Alice Martin"),
                new InternetAddress("bob@freelance.example")});
        message.setRecipients(RecipientType.CC, new InternetAddress[] {
                new InternetAddress("direction@client.example", "Élodie Dupré", "UTF-8"),
                new InternetAddress("juridique@client.example"),
                new InternetAddress("achats@client.example", "Achats")});
        message.setRecipients(RecipientType.BCC, InternetAddress.parse("secret@client.example"));
        message.setText("corps");

        EmailMessage email = EmailMessage.parse(eml(message), PARIS);

        assertThat(email.to()).containsExactly("Alice Martin <alice@freelance.example>", "bob@freelance.example");
        assertThat(email.cc()).hasSize(3);
        // Jakarta Mail quotes a display name with accents: "Élodie Dupré" <direction@client.example>
        assertThat(email.cc().get(0)).contains("Élodie Dupré").endsWith(" <direction@client.example>");
        assertThat(email.cc().subList(1, 3)).containsExactly("juridique@client.example", "Achats <achats@client.example>");
        assertThat(email.participants()).startsWith("Service comptable <compta@client.example>, "
                + "Alice Martin <alice@freelance.example>, bob@freelance.example, ")
                .endsWith(" <direction@client.example>, juridique@client.example, Achats <achats@client.example>")
                .doesNotContain("secret");
    }

    @Test
    void bare_rfc822_text_without_mime_headers_is_read() {
        String eml = "From: Bob <bob@client.example>\r\nTo: alice@freelance.example\r\nCc: a@x.example, b@x.example\r\n"
                + "Subject: Point d'avancement\r\nDate: Tue, 10 Mar 2026 09:00:00 +0100\r\n\r\n"
                + "  Bonjour,\r\n\r\nle lot 2 est valide.\r\n\r\n\r\n";
        EmailMessage email = EmailMessage.parse(eml.getBytes(StandardCharsets.UTF_8), PARIS);
        assertThat(email.from()).isEqualTo("Bob <bob@client.example>");
        assertThat(email.to()).containsExactly("alice@freelance.example");
        assertThat(email.cc()).containsExactly("a@x.example", "b@x.example");
        assertThat(email.subject()).isEqualTo("Point d'avancement");
        assertThat(email.sentOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(email.body()).isEqualTo("Bonjour,\n\nle lot 2 est valide.");
        assertThat(email.attachments()).isEmpty();
    }

    @Test
    void eight_bit_utf8_body_as_saved_by_mail_clients_is_decoded() {
        String eml = """
                From: =?UTF-8?Q?=C3=89lodie?= <elodie@client.example>
                Subject: =?UTF-8?B?UmVsYW5jZSBmYWN0dXJlIG7CsCAxMiDigJMgw6l0w6k=?=
                Date: Tue, 10 Mar 2026 09:00:00 +0100
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8; format=flowed
                Content-Transfer-Encoding: 8bit

                Relancée le 10 mars – toujours rien reçu.
                """;
        EmailMessage email = EmailMessage.parse(eml.getBytes(StandardCharsets.UTF_8), PARIS);
        assertThat(email.from()).contains("Élodie").endsWith(" <elodie@client.example>");
        assertThat(email.subject()).isEqualTo("Relance facture n° 12 – été");
        assertThat(email.body()).isEqualTo("Relancée le 10 mars – toujours rien reçu.");
    }

    @Test
    void email_without_date_recipients_or_body_is_still_read() {
        EmailMessage email = EmailMessage.parse(bytes("From: bob@client.example\n\n"), PARIS);
        assertThat(email.from()).isEqualTo("bob@client.example");
        assertThat(email.subject()).isNull();
        assertThat(email.sentOn()).isNull();
        assertThat(email.to()).isEmpty();
        assertThat(email.cc()).isEmpty();
        assertThat(email.body()).isEmpty();
        assertThat(email.participants()).isEqualTo("bob@client.example");
    }

    @Test
    void email_without_sender_has_participants_from_its_recipients_only() {
        EmailMessage email = EmailMessage.parse(bytes("Subject: note\nTo: a@x.example\nCc: b@x.example\n\nx"), PARIS);
        assertThat(email.from()).isNull();
        assertThat(email.participants()).isEqualTo("a@x.example, b@x.example");
    }

    @Test
    void attachments_list_cannot_be_changed() throws Exception {
        MimeMessage message = message();
        message.setText("corps");
        EmailMessage email = EmailMessage.parse(eml(message), PARIS);
        assertThatThrownBy(() -> email.attachments().add(new EmailMessage.Attachment("x", new byte[0])))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // --- refusals --------------------------------------------------------------------------------------

    @Test
    void empty_upload_is_refused_as_empty() {
        assertThat(keyOf(() -> EmailMessage.parse(new byte[0], PARIS))).isEqualTo("error.upload.empty");
        assertThat(keyOf(() -> EmailMessage.parse(null, PARIS))).isEqualTo("error.upload.empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello world", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF",
            "\n\n\n", " ", "{\"subject\": \"not an email\"}", "Date: yesterday\nFoo: bar\n\nbody",
            "just some text: with a colon\nand more\n\nand a body"})
    void text_that_is_not_an_email_is_unreadable(String text) {
        assertThat(keyOf(() -> EmailMessage.parse(bytes(text), PARIS))).isEqualTo("error.case.eml-unreadable");
    }

    @Test
    void random_bytes_are_unreadable() {
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] garbage = new byte[1 + random.nextInt(4096)];
            random.nextBytes(garbage);
            assertThat(keyOf(() -> EmailMessage.parse(garbage, PARIS))).as("sample %d", i)
                    .isEqualTo("error.case.eml-unreadable");
        }
    }

    @Test
    void zip_file_is_unreadable() {
        byte[] zip = EvidenceBundle.write(Chains.CASE, "2026-03-20T10:00:00Z", bytes("%PDF"), Chains.bundleItems());
        assertThat(keyOf(() -> EmailMessage.parse(zip, PARIS))).isEqualTo("error.case.eml-unreadable");
    }

    @Test
    void malformed_sender_address_is_unreadable() {
        assertThat(keyOf(() -> EmailMessage.parse(bytes("From: <<<@@@>>>\nSubject: x\n\nbody"), PARIS)))
                .isEqualTo("error.case.eml-unreadable");
    }

    @Test
    void multipart_email_whose_parts_are_missing_is_unreadable() {
        String eml = "From: a@client.example\nSubject: x\nContent-Type: multipart/mixed; boundary=zz\n\nno parts here";
        assertThat(keyOf(() -> EmailMessage.parse(bytes(eml), PARIS))).isEqualTo("error.case.eml-unreadable");
    }

    // --- html to text --------------------------------------------------------------------------------------

    @Test
    void html_to_text_drops_tags_scripts_and_styles_and_decodes_common_entities() {
        assertThat(EmailMessage.htmlToText("<SCRIPT type=\"x\">var a = '<p>';</SCRIPT><Style>b{}</Style>"
                + "<P>a&nbsp;&lt;b&gt;&amp;&quot;c&quot;&#39;d</P>")).isEqualTo("a <b>&\"c\"'d\n");
        assertThat(EmailMessage.htmlToText("<ul><li>un</li><li>deux</li></ul><table><tr><td>x</td></tr></table>"))
                .isEqualTo("un\ndeux\nx\n");
        assertThat(EmailMessage.htmlToText("a<BR>b<br />c<br/>d")).isEqualTo("a\nb\nc\nd");
    }

    @Test
    void html_to_text_collapses_runs_of_blank_lines_and_trailing_spaces() {
        assertThat(EmailMessage.htmlToText("<p>a   </p><p></p><p></p><p></p><p>b</p>")).isEqualTo("a\n\nb\n");
    }

    @Test
    void an_escaped_ampersand_entity_is_decoded_once() {
        assertThat(EmailMessage.htmlToText("&amp;lt;p&amp;gt;")).isEqualTo("&lt;p&gt;");
    }
}
