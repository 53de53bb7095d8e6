package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Emails crafted against the HTML reader: each is as large as an import may be (the service's
 * limit) and must be read in a time that does not grow faster than its size.
 */
class EmailMessageHostileTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int MAX = (int) CaseService.MAX_EMAIL_BYTES;

    @Test
    void an_email_of_unclosed_script_tags_at_the_size_limit_is_read_in_bounded_time() throws Exception {
        byte[] eml = htmlEmail("<p>Bonjour</p>", "<script>x\n");
        assertThat(eml.length).isBetween(MAX - 64 * 1024, MAX);
        warmUp();

        EmailMessage email = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> EmailMessage.parse(eml, PARIS));

        assertThat(email.body()).startsWith("Bonjour").doesNotContain("<script>");
    }

    @Test
    void an_email_of_spaces_without_line_breaks_at_the_size_limit_is_read_in_bounded_time() throws Exception {
        byte[] eml = htmlEmail("<p>Bonjour</p>", " \t".repeat(400) + "x<br/>\n");
        warmUp();

        EmailMessage email = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> EmailMessage.parse(eml, PARIS));

        assertThat(email.body()).startsWith("Bonjour");
    }

    @Test
    void a_long_run_of_spaces_before_a_tag_is_read_in_linear_time() {
        // the old "[ \t]+\n" cleanup retried the whole run at each of its spaces
        String html = "<p>a" + " ".repeat(200_000) + "</p>";

        String text = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> EmailMessage.htmlToText(html));

        assertThat(text).isEqualTo("a\n");
    }

    @Test
    void every_html_entity_is_decoded_not_only_six() {
        assertThat(EmailMessage.htmlToText("<p>&eacute;t&eacute; &hellip; 12&nbsp;&euro; &laquo;&#x1F600;&raquo; &rsquo;</p>"))
                .isEqualTo("été … 12 € «\uD83D\uDE00» ’\n");
    }

    /** The mail and HTML parsers loaded before timing, so that the bound measures the reading, not the start. */
    private static void warmUp() throws Exception {
        EmailMessage.parse(htmlEmailOf("<p>Bonjour</p><script>x</script>"), PARIS);
    }

    private static byte[] htmlEmailOf(String html) throws Exception {
        MimeMessage message = EmailMessageTest.message();
        message.setText(html, "UTF-8", "html");
        return EmailMessageTest.eml(message);
    }

    /** An HTML-only email whose body is {@code start} then {@code unit} repeated up to the size limit. */
    private static byte[] htmlEmail(String start, String unit) throws Exception {
        MimeMessage message = EmailMessageTest.message();
        StringBuilder html = new StringBuilder(MAX).append(start);
        // 7bit lines: the encoded file is as long as the HTML plus the headers
        while (html.length() + unit.length() < MAX - 64 * 1024) {
            html.append(unit);
        }
        message.setText(html.toString(), "US-ASCII", "html");
        message.setHeader("Content-Transfer-Encoding", "7bit");
        return EmailMessageTest.eml(message);
    }
}
