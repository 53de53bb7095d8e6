package org.freelance.portal.cases;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.freelance.portal.base.PortalException;

/**
 * An email read from an {@code .eml} file (RFC 822/MIME) to become an exchange entry of a journal:
 * its headers, its text (the plain part, or the HTML part reduced to text) and its attachments.
 * Anything that is not a readable message is {@code error.case.eml-unreadable}.
 */
public record EmailMessage(String subject, String from, List<String> to, List<String> cc, LocalDate sentOn,
        String body, List<Attachment> attachments) {

    public record Attachment(String fileName, byte[] content) {
    }

    public static EmailMessage parse(byte[] eml, ZoneId zone) {
        if (eml == null || eml.length == 0) {
            throw new PortalException("error.upload.empty");
        }
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
            if (message.getFrom() == null && message.getSubject() == null && message.getSentDate() == null) {
                throw new PortalException("error.case.eml-unreadable");
            }
            Collector collector = new Collector();
            collector.walk(message);
            Date sent = message.getSentDate();
            return new EmailMessage(message.getSubject(), first(message.getFrom()),
                    addresses(message.getRecipients(MimeMessage.RecipientType.TO)),
                    addresses(message.getRecipients(MimeMessage.RecipientType.CC)),
                    sent == null ? null : sent.toInstant().atZone(zone).toLocalDate(),
                    collector.body(), List.copyOf(collector.attachments));
        } catch (MessagingException | IOException e) {
            throw new PortalException("error.case.eml-unreadable");
        }
    }

    /** "From", "To" and "Cc" in one line, for the entry's participants. */
    public String participants() {
        List<String> all = new ArrayList<>();
        if (from != null) {
            all.add(from);
        }
        all.addAll(to);
        all.addAll(cc);
        return String.join(", ", all);
    }

    private static final class Collector {
        private String plain;
        private String html;
        private final List<Attachment> attachments = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            String disposition = part.getDisposition();
            String fileName = decode(part.getFileName());
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(disposition) || fileName != null) {
                attachments.add(new Attachment(fileName == null ? "attachment" : fileName,
                        part.getInputStream().readAllBytes()));
            } else if (part.isMimeType("text/plain") && plain == null) {
                plain = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            } else if (part.isMimeType("message/rfc822")) {
                attachments.add(new Attachment("message.eml", part.getInputStream().readAllBytes()));
            }
        }

        String body() {
            String text = plain != null ? plain : html != null ? htmlToText(html) : "";
            return text.replace("\r\n", "\n").strip();
        }
    }

    static String htmlToText(String html) {
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>|</div>|</li>|</tr>", "\n")
                .replaceAll("<[^>]+>", "");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
    }

    private static String decode(String value) {
        if (value == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }

    private static String first(Address[] addresses) {
        List<String> all = addresses(addresses);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> out = new ArrayList<>();
        if (addresses != null) {
            for (Address address : addresses) {
                out.add(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
            }
        }
        return out;
    }
}
