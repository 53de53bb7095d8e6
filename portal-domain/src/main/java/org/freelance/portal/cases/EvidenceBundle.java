package org.freelance.portal.cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.freelance.portal.base.Digests;
import org.freelance.portal.base.ReportLabels;

/**
 * The evidence bundle of a case: a ZIP with the journal as PDF, every entry in its canonical form
 * ({@code entries/0001.txt}...), the attached files (for an imported email, its original {@code .eml}
 * first), a {@code README.txt} in French and English for the person who receives it, and a
 * {@code manifest.sha256} in the format of {@code sha256sum}, so the bundle can also be checked with
 * standard tools. {@link #verify} says whether a bundle is intact or lists what was altered, removed
 * or added; a bundle exported before the README existed verifies the same way (the README is one more
 * file listed in the manifest, outside the hash chain, which it does not change).
 */
public final class EvidenceBundle {

    public static final String MANIFEST = "manifest.sha256";
    public static final String JOURNAL_PDF = "journal.pdf";
    public static final String README = "README.txt";
    /** The largest bundle accepted, as uploaded. */
    public static final long MAX_BUNDLE_BYTES = BundleUnpacker.MAX_BUNDLE_BYTES;
    static final int MAX_FILES = BundleUnpacker.MAX_FILES;

    private EvidenceBundle() {
    }

    /** An entry with its stored hash and its attached files, in the order of its attachment lines. */
    public record Item(CanonicalEntry entry, String hash, List<byte[]> files) {
    }

    public static byte[] write(String caseReference, String generatedAt, byte[] journalPdf, List<Item> items) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(README, readme(caseReference, generatedAt, items.size()).getBytes(StandardCharsets.UTF_8));
        files.put(JOURNAL_PDF, journalPdf);
        String head = Digests.ZERO;
        for (Item item : items) {
            CanonicalEntry entry = item.entry();
            files.put(entryPath(entry.sequence()), entry.toFile(item.hash()).getBytes(StandardCharsets.UTF_8));
            List<String[]> parts = CanonicalEntry.attachmentParts(entry);
            for (int k = 0; k < parts.size(); k++) {
                files.put(attachmentPath(entry.sequence(), k + 1, parts.get(k)[1]), item.files().get(k));
            }
            head = item.hash();
        }
        StringBuilder manifest = new StringBuilder();
        manifest.append("# evidence bundle of case ").append(caseReference).append('\n');
        manifest.append("# generated-at ").append(generatedAt).append('\n');
        manifest.append("# entries ").append(items.size()).append('\n');
        manifest.append("# chain-head ").append(head).append('\n');
        files.forEach((path, content) -> manifest.append(Digests.sha256(content)).append("  ").append(path).append('\n'));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * What the bundle holds and how to check it, for a recipient who is not technical: French first,
     * then English (labels from {@code cases/bundle-readme*.properties}).
     */
    static String readme(String caseReference, String generatedAt, int entries) {
        String when = generatedAt;
        try {
            when = ReportLabels.dateTime(Instant.parse(generatedAt));
        } catch (DateTimeParseException e) {
            // shown as given
        }
        StringBuilder out = new StringBuilder();
        for (String language : List.of("fr", "en")) {
            ReportLabels l = ReportLabels.load("cases.bundle-readme", language);
            if (!out.isEmpty()) {
                out.append("\n").append("-".repeat(72)).append("\n\n");
            }
            out.append(l.format("title", caseReference)).append("\n");
            out.append(l.format("extracted", caseReference, when, entries)).append("\n\n");
            out.append(l.get("contents")).append("\n\n");
            for (String key : List.of("contents.pdf", "contents.entries", "contents.attachments", "contents.email",
                    "contents.manifest", "contents.readme")) {
                out.append("- ").append(l.get(key)).append("\n");
            }
            out.append("\n").append(l.get("check")).append("\n\n");
            for (String key : List.of("check.unzip", "check.command", "check.portal")) {
                out.append(l.get(key)).append("\n");
            }
            out.append("\n").append(l.get("outside")).append("\n");
        }
        return out.toString();
    }

    static String entryPath(int sequence) {
        return "entries/%04d.txt".formatted(sequence);
    }

    static String attachmentPath(int sequence, int position, String fileName) {
        String safe = fileName == null || fileName.isBlank() ? "file" : fileName.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return "attachments/%04d-%d-%s".formatted(sequence, position, safe);
    }

    private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }

    // --- verification --------------------------------------------------------------------------------

    public enum ProblemKind {
        NOT_A_BUNDLE, MANIFEST_MISSING, FILE_ALTERED, FILE_MISSING, FILE_NOT_LISTED, ENTRY_UNREADABLE,
        CHAIN_BROKEN, ATTACHMENT_ALTERED, HEAD_MISMATCH
    }

    /** @param subject the file path or entry number the problem is about */
    public record Problem(ProblemKind kind, String subject) {
    }

    /**
     * @param chainHead the hash of the last entry as recomputed from the bundle (null when the chain does not check)
     * @param entryHashes the hash each entry of the bundle claims, in sequence order
     */
    public record Report(String caseReference, int entries, String chainHead, List<String> entryHashes,
            List<Problem> problems) {

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    /** {@link #verify(InputStream)} of bytes already in memory. */
    public static Report verify(byte[] bundle) {
        return verify(new ByteArrayInputStream(bundle == null ? new byte[0] : bundle));
    }

    /**
     * Checks a bundle read as a stream in bounded memory (see {@link BundleUnpacker}); a ZIP bomb is
     * refused with {@code error.case.bundle-bomb}.
     */
    public static Report verify(InputStream bundle) {
        BundleUnpacker.Unpacked unpacked;
        try {
            unpacked = BundleUnpacker.unpack(bundle);
        } catch (IOException | IllegalStateException e) {
            return new Report(null, 0, null, List.of(), List.of(new Problem(ProblemKind.NOT_A_BUNDLE, "")));
        }
        Map<String, String> digests = new TreeMap<>(unpacked.digests());
        Map<String, byte[]> kept = unpacked.kept();
        byte[] manifestBytes = kept.get(MANIFEST);
        digests.remove(MANIFEST);
        if (manifestBytes == null) {
            return new Report(null, 0, null, List.of(), List.of(new Problem(
                    digests.isEmpty() ? ProblemKind.NOT_A_BUNDLE : ProblemKind.MANIFEST_MISSING, MANIFEST)));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> listed = new LinkedHashMap<>();
        String caseReference = null;
        String claimedHead = null;
        for (String line : new String(manifestBytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("# evidence bundle of case ")) {
                caseReference = line.substring("# evidence bundle of case ".length()).strip();
            } else if (line.startsWith("# chain-head ")) {
                claimedHead = line.substring("# chain-head ".length()).strip();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int gap = line.indexOf("  ");
                if (gap == 64) {
                    listed.put(line.substring(gap + 2), line.substring(0, gap));
                }
            }
        }
        listed.forEach((path, hash) -> {
            String digest = digests.get(path);
            if (digest == null) {
                problems.add(new Problem(ProblemKind.FILE_MISSING, path));
            } else if (!digest.equals(hash)) {
                problems.add(new Problem(ProblemKind.FILE_ALTERED, path));
            }
        });
        digests.keySet().stream().filter(path -> !listed.containsKey(path)).sorted()
                .forEach(path -> problems.add(new Problem(ProblemKind.FILE_NOT_LISTED, path)));

        List<CanonicalEntry> entries = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        // by number, not by text: entries/10000.txt comes after entries/9999.txt
        List<Map.Entry<String, byte[]>> entryFiles = kept.entrySet().stream()
                .filter(file -> file.getKey().startsWith("entries/"))
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(String::length)
                        .thenComparing(Comparator.naturalOrder())))
                .toList();
        for (Map.Entry<String, byte[]> file : entryFiles) {
            try {
                CanonicalEntry.Stored stored = CanonicalEntry.parse(new String(file.getValue(), StandardCharsets.UTF_8));
                entries.add(stored.entry());
                hashes.add(stored.claimedHash());
                checkAttachments(stored.entry(), digests, problems);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(ProblemKind.ENTRY_UNREADABLE, file.getKey()));
            }
        }
        JournalChain.Check chain = JournalChain.verify(entries, hashes);
        if (!chain.intact()) {
            problems.add(new Problem(ProblemKind.CHAIN_BROKEN, String.valueOf(chain.firstBroken())));
        } else if (claimedHead != null && !claimedHead.equals(chain.head())) {
            problems.add(new Problem(ProblemKind.HEAD_MISMATCH, claimedHead));
        }
        return new Report(caseReference, entries.size(), chain.intact() ? chain.head() : null,
                hashes.stream().map(h -> h == null ? "" : h).toList(), List.copyOf(problems));
    }

    private static void checkAttachments(CanonicalEntry entry, Map<String, String> digests, List<Problem> problems) {
        List<String[]> parts = CanonicalEntry.attachmentParts(entry);
        for (int k = 0; k < parts.size(); k++) {
            String path = attachmentPath(entry.sequence(), k + 1, parts.get(k)[1]);
            String digest = digests.get(path);
            if (digest != null && !digest.equals(parts.get(k)[0])) {
                problems.add(new Problem(ProblemKind.ATTACHMENT_ALTERED, path));
            }
        }
    }
}
