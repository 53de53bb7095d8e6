package org.freelance.portal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.freelance.portal.base.Digests;

/**
 * One journal entry in the exact form that is hashed. Every field that matters as evidence is here,
 * in a fixed order, one {@code key=value} line each, with backslash escapes, so the same entry gives
 * the same bytes on any machine and can be written to, and read back from, an evidence bundle.
 * The hash is SHA-256 over the previous entry's hash, a line feed and this form.
 *
 * @param attachments "sha256 file-name" per attached file, in the order they were attached
 */
public record CanonicalEntry(String caseReference, int sequence, String type, LocalDate occurredOn, String channel,
        String participants, String title, String body, String signal, String amount, Integer corrects,
        List<String> attachments, Long authorId, String authorName, Instant recordedAt, String previousHash) {

    static final String FORMAT = "portal-journal-entry/1";

    public CanonicalEntry {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public String canonical() {
        StringBuilder out = new StringBuilder(256);
        line(out, "format", FORMAT);
        line(out, "case", caseReference);
        line(out, "sequence", String.valueOf(sequence));
        line(out, "type", type);
        line(out, "occurred-on", occurredOn == null ? null : occurredOn.toString());
        line(out, "channel", channel);
        line(out, "participants", participants);
        line(out, "title", title);
        line(out, "body", body);
        line(out, "signal", signal);
        line(out, "amount", amount);
        line(out, "corrects", corrects == null ? null : corrects.toString());
        line(out, "attachments", String.join("\n", attachments));
        line(out, "author-id", authorId == null ? null : authorId.toString());
        line(out, "author", authorName);
        line(out, "recorded-at", recordedAt == null ? null : recordedAt.toString());
        line(out, "previous", previousHash);
        return out.toString();
    }

    public String hash() {
        return Digests.sha256(previousHash + "\n" + canonical());
    }

    /** The canonical form followed by the hash line: the file written into an evidence bundle. */
    public String toFile(String hash) {
        return canonical() + "hash=" + hash + "\n";
    }

    /** A parsed bundle file: the entry and the hash it claims. */
    public record Stored(CanonicalEntry entry, String claimedHash) {
    }

    /** Reads a file written by {@link #toFile}; {@link IllegalArgumentException} when it is not one. */
    public static Stored parse(String file) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : file.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not a key=value line");
            }
            fields.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
        }
        if (!FORMAT.equals(fields.get("format"))) {
            throw new IllegalArgumentException("unknown format");
        }
        try {
            String attachments = blankToNull(fields.get("attachments"));
            CanonicalEntry entry = new CanonicalEntry(blankToNull(fields.get("case")),
                    Integer.parseInt(fields.get("sequence")), blankToNull(fields.get("type")),
                    parseDate(fields.get("occurred-on")), blankToNull(fields.get("channel")),
                    blankToNull(fields.get("participants")), blankToNull(fields.get("title")),
                    blankToNull(fields.get("body")), blankToNull(fields.get("signal")),
                    blankToNull(fields.get("amount")), parseInteger(fields.get("corrects")),
                    attachments == null ? List.of() : List.of(attachments.split("\n")),
                    parseLong(fields.get("author-id")), blankToNull(fields.get("author")),
                    parseInstant(fields.get("recorded-at")), blankToNull(fields.get("previous")));
            return new Stored(entry, blankToNull(fields.get("hash")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("bad field", e);
        }
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append('=').append(escape(value)).append('\n');
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static LocalDate parseDate(String value) {
        return blankToNull(value) == null ? null : LocalDate.parse(value);
    }

    private static Instant parseInstant(String value) {
        return blankToNull(value) == null ? null : Instant.parse(value);
    }

    private static Integer parseInteger(String value) {
        return blankToNull(value) == null ? null : Integer.valueOf(value);
    }

    private static Long parseLong(String value) {
        return blankToNull(value) == null ? null : Long.valueOf(value);
    }

    /** Attachment line as stored in {@link #attachments()}. */
    static String attachmentLine(String sha256, String fileName) {
        return sha256 + " " + fileName.replace('\n', ' ');
    }

    static List<String[]> attachmentParts(CanonicalEntry entry) {
        List<String[]> parts = new ArrayList<>();
        for (String line : entry.attachments()) {
            int space = line.indexOf(' ');
            parts.add(space < 0 ? new String[] {line, ""} : new String[] {line.substring(0, space), line.substring(space + 1)});
        }
        return parts;
    }
}
