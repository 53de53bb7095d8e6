package org.freelance.portal.cases;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.freelance.portal.base.PortalException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An email read from an {@code .eml} file (RFC 822/MIME) to become an exchange entry of a journal:
 * its headers, its text (the plain part, or the HTML part reduced to text) and its attachments.
 * Anything that is not a readable message is {@code error.case.eml-unreadable}.
 */
public record EmailMessage(String subject, String from, List<String> to, List<String> cc, LocalDate sentOn,
        String body, List<Attachment> attachments) {

    public record Attachment(String fileName, byte[] content) {
    }

    /** An email's HTML is read up to this many characters (a long email is far shorter). */
    static final int MAX_HTML_CHARS = 2_000_000;
    /** Its plain text, up to what a journal entry holds. */
    static final int MAX_TEXT_CHARS = CaseService.MAX_BODY_CHARS;
    private static final int MAX_HTML_DEPTH = 256;

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
                plain = text(part, MAX_TEXT_CHARS);
            } else if (part.isMimeType("text/html") && html == null) {
                html = text(part, MAX_HTML_CHARS);
            } else if (part.isMimeType("message/rfc822")) {
                attachments.add(new Attachment("message.eml", part.getInputStream().readAllBytes()));
            }
        }

        /** The part's text decoded in its charset, read no further than {@code max} characters. */
        private static String text(Part part, int max) throws MessagingException, IOException {
            String charset = null;
            try {
                charset = new ContentType(part.getContentType()).getParameter("charset");
            } catch (ParseException e) {
                // no usable charset: the default below
            }
            Charset decoding;
            try {
                decoding = Charset.forName(MimeUtility.javaCharset(charset == null ? "us-ascii" : charset));
            } catch (IllegalArgumentException e) {
                decoding = StandardCharsets.ISO_8859_1;
            }
            StringBuilder out = new StringBuilder();
            try (Reader reader = new InputStreamReader(part.getInputStream(), decoding)) {
                char[] buffer = new char[8192];
                int read;
                while (out.length() < max && (read = reader.read(buffer, 0, Math.min(buffer.length, max - out.length()))) > 0) {
                    out.append(buffer, 0, read);
                }
            }
            return out.toString();
        }

        String body() {
            String text = plain != null ? plain : html != null ? htmlToText(html) : "";
            return text.replace("\r\n", "\n").strip();
        }
    }

    /**
     * The text of an email's HTML part as a reader sees it: parsed by jsoup (linear in the input, every
     * entity decoded), scripts, styles and the head left out, a line break for {@code <br>} and after
     * each paragraph, division, list item and table row; trailing spaces dropped and blank lines
     * collapsed to one. Only the first {@value #MAX_HTML_CHARS} characters are read, so the work is
     * bounded whatever the file holds.
     */
    static String htmlToText(String html) {
        String bounded = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        Document document = Jsoup.parse(bounded, "", Parser.htmlParser().setMaxDepth(MAX_HTML_DEPTH));
        document.select("script, style, head, template, noscript").remove();
        StringBuilder text = new StringBuilder(bounded.length() / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode leaf) {
                    text.append(leaf.getWholeText());
                } else if (node instanceof Element element && element.nameIs("br")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && LINE_ENDERS.contains(element.normalName())) {
                    text.append('\n');
                }
            }
        }, document);
        return tidy(text);
    }

    private static final Set<String> LINE_ENDERS = Set.of("p", "div", "li", "tr");

    /** Drops the spaces and tabs before each line break and keeps at most one blank line, in one pass. */
    private static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int pendingSpaces = 0;
        int newlines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00A0') {
                c = ' ';
            }
            if (c == ' ' || c == '\t') {
                pendingSpaces++;
                out.append(c);
            } else if (c == '\n') {
                out.setLength(out.length() - pendingSpaces);
                pendingSpaces = 0;
                if (++newlines <= 2) {
                    out.append('\n');
                }
            } else {
                pendingSpaces = 0;
                newlines = 0;
                out.append(c);
            }
        }
        return out.toString();
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
