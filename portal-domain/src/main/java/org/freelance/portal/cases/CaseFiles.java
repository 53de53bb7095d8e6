package org.freelance.portal.cases;

import java.util.HashSet;
import java.util.Set;
import org.freelance.portal.base.ContentSniffer;
import org.freelance.portal.base.Digests;
import org.freelance.portal.base.PortalException;
import org.springframework.stereotype.Component;

/**
 * Checks files before they join a case: bounded in size, type sniffed from the bytes. A contract
 * must be a document (PDF, DOCX, ODT, RTF, TXT); journal attachments may also be images, spreadsheets
 * and emails. Refusals: {@code error.upload.empty}, {@code error.upload.too-large},
 * {@code error.upload.unsupported-type}.
 */
@Component
public class CaseFiles {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    static final Set<String> CONTRACT_TYPES = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/rtf", "text/plain");

    static final Set<String> ATTACHMENT_TYPES;

    static {
        ATTACHMENT_TYPES = new HashSet<>(CONTRACT_TYPES);
        ATTACHMENT_TYPES.addAll(Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "message/rfc822",
                "application/msword", "application/vnd.ms-excel", "application/vnd.oasis.opendocument.spreadsheet",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation", "text/csv",
                "text/html"));
    }

    /** A file that passed the checks. */
    public record Checked(String fileName, String mediaType, String sha256, byte[] content) {
    }

    private final ContentSniffer sniffer;

    CaseFiles(ContentSniffer sniffer) {
        this.sniffer = sniffer;
    }

    Checked contract(String fileName, byte[] content) {
        return check(fileName, content, CONTRACT_TYPES);
    }

    Checked attachment(String fileName, byte[] content) {
        return check(fileName, content, ATTACHMENT_TYPES);
    }

    /**
     * The original file of an imported email, kept beside the entry's parsed text: its headers (route,
     * dates, message id) are evidence the text lacks. Taken as it is once it parsed as an email, up to
     * {@link CaseService#MAX_EMAIL_BYTES}; named after the upload, ending in {@code .eml}.
     */
    Checked originalEmail(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new PortalException("error.upload.empty");
        }
        if (content.length > CaseService.MAX_EMAIL_BYTES) {
            throw new PortalException("error.upload.too-large", CaseService.MAX_EMAIL_BYTES / (1024 * 1024));
        }
        String name = fileName == null || fileName.isBlank() ? "email.eml" : cleanName(fileName);
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".eml")) {
            name = name + ".eml";
        }
        return new Checked(name, "message/rfc822", Digests.sha256(content), content);
    }

    private Checked check(String fileName, byte[] content, Set<String> accepted) {
        if (content == null || content.length == 0) {
            throw new PortalException("error.upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new PortalException("error.upload.too-large", MAX_BYTES / (1024 * 1024));
        }
        String mediaType = sniffer.mediaType(content);
        if (!accepted.contains(mediaType)) {
            throw new PortalException("error.upload.unsupported-type", mediaType);
        }
        return new Checked(cleanName(fileName), mediaType, Digests.sha256(content), content);
    }

    static String cleanName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "file";
        }
        String base = fileName.replace('\\', '/');
        // \p{Cc}, not \p{Cntrl}: the C1 controls (U+0080..U+009F, such as NEL) go too
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cc}", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return "file";
        }
        if (base.length() <= 200) {
            return base;
        }
        int cut = base.length() - 200;
        return base.substring(Character.isLowSurrogate(base.charAt(cut)) ? cut + 1 : cut);
    }

}
