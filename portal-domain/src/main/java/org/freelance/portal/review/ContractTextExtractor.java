package org.freelance.portal.review;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.freelance.portal.base.ContentSniffer;
import org.freelance.portal.base.Digests;
import org.freelance.portal.base.PortalException;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Turns an uploaded contract into text. The type is sniffed from the bytes (never from the file
 * name): PDF, DOCX, ODT, RTF or plain text. Refusals are keyed for a translated message:
 * {@code error.upload.empty}, {@code error.upload.too-large} (over 20 MB),
 * {@code error.upload.unsupported-type}, {@code error.upload.encrypted},
 * {@code error.upload.no-text} (a scan without text layer) and {@code error.upload.unreadable}.
 */
@Component
public class ContractTextExtractor {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Fewer letters than this is not a contract we can read (typically a scanned PDF). */
    static final int MIN_LETTERS = 200;
    /**
     * Text read from a file, at most (the rest is left out), as long as a pasted text may be: the
     * pre-review's work grows with it (about 2 s per million characters on a quiet 2-core machine).
     */
    public static final int MAX_CHARACTERS = 1_000_000;

    /** Sniffed type to the name used in messages. */
    public static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/vnd.oasis.opendocument.text", "ODT",
            "application/rtf", "RTF",
            "text/plain", "TXT");

    private final ContentSniffer sniffer;
    private final AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());

    public ContractTextExtractor(ContentSniffer sniffer) {
        this.sniffer = sniffer;
    }

    public ExtractedContract extract(byte[] content) {
        if (content == null || content.length == 0) {
            throw new PortalException("error.upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new PortalException("error.upload.too-large", MAX_BYTES / (1024 * 1024));
        }
        String mediaType = sniff(content);
        if (!ACCEPTED.containsKey(mediaType)) {
            throw new PortalException("error.upload.unsupported-type", mediaType);
        }
        String text = parse(content);
        long letters = text.chars().filter(Character::isLetter).count();
        if (letters == 0 && "text/plain".equals(mediaType)) {
            throw new PortalException("error.upload.empty");
        }
        if (letters < MIN_LETTERS) {
            throw new PortalException("error.upload.no-text");
        }
        return new ExtractedContract(text, mediaType, sha256(content), content.length);
    }

    String sniff(byte[] content) {
        return sniffer.mediaType(content);
    }

    private String parse(byte[] content) {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        try (InputStream stream = TikaInputStream.get(content)) {
            parser.parse(stream, handler, new Metadata(), new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new PortalException("error.upload.encrypted");
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new PortalException("error.upload.unreadable");
            }
        } catch (TikaException e) {
            if (e.getCause() instanceof EncryptedDocumentException
                    || e.getMessage() != null && e.getMessage().toLowerCase().contains("encrypt")) {
                throw new PortalException("error.upload.encrypted");
            }
            throw new PortalException("error.upload.unreadable");
        } catch (IOException e) {
            throw new PortalException("error.upload.unreadable");
        }
        return normalise(handler.toString());
    }

    /** Line ends as \n, no trailing spaces, at most one empty line in a row. */
    static String normalise(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u000c', '\n');
        StringBuilder out = new StringBuilder(unix.length());
        int blank = 0;
        for (String line : unix.split("\n", -1)) {
            String stripped = line.stripTrailing();
            if (stripped.isBlank()) {
                blank++;
                if (blank > 1) {
                    continue;
                }
                out.append('\n');
                continue;
            }
            blank = 0;
            out.append(stripped).append('\n');
        }
        return out.toString().strip() + "\n";
    }

    public static String sha256(byte[] content) {
        return Digests.sha256(content);
    }
}
