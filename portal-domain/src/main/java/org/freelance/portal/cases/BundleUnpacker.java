package org.freelance.portal.cases;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.freelance.portal.base.PortalException;

/**
 * Reads an evidence bundle as a stream, one ZIP entry at a time, in bounded memory: every file is
 * only hashed, except the manifest and the entries' text, which are kept. A ZIP bomb is refused
 * ({@code error.case.bundle-bomb}) as soon as one file inflates far beyond what it took in the ZIP,
 * or a file or the whole passes its size limit, long before it could fill the memory or the disk.
 */
final class BundleUnpacker {

    /** The largest bundle accepted, as uploaded. */
    static final long MAX_BUNDLE_BYTES = 200L * 1024 * 1024;
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;
    /** The manifest and the entries' text kept in memory, all together. */
    static final long MAX_KEPT_BYTES = 32L * 1024 * 1024;
    /** Deflate reaches about 1:1000 on repeated bytes; real journals, PDFs and attachments stay far below 1:100. */
    static final int MAX_RATIO = 100;
    /** A file may inflate this much before its ratio is judged (tiny files compress oddly). */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;
    static final int MAX_FILES = 20_000;

    /** The digest of every file and the bytes of the kept ones, sorted by path. */
    record Unpacked(Map<String, String> digests, Map<String, byte[]> kept) {
    }

    private BundleUnpacker() {
    }

    /**
     * @throws IOException when the stream is not a readable ZIP
     * @throws IllegalStateException when it holds too many files
     * @throws PortalException {@code error.case.bundle-bomb} past a size or ratio limit,
     *         {@code error.upload.too-large} past {@link #MAX_BUNDLE_BYTES} read
     */
    static Unpacked unpack(InputStream bundle) throws IOException {
        Counting raw = new Counting(bundle);
        Map<String, String> digests = new TreeMap<>();
        Map<String, byte[]> kept = new TreeMap<>();
        long total = 0;
        long keptTotal = 0;
        try (ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            byte[] buffer = new byte[16 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (digests.size() >= MAX_FILES) {
                    throw new IllegalStateException("too many files");
                }
                String path = entry.getName();
                boolean keep = path.equals(EvidenceBundle.MANIFEST) || path.startsWith("entries/");
                MessageDigest digest = sha256();
                ByteArrayOutputStream text = keep ? new ByteArrayOutputStream() : null;
                long rawAtStart = raw.count;
                long size = 0;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    size += read;
                    total += read;
                    if (raw.count > MAX_BUNDLE_BYTES) {
                        throw tooLarge();
                    }
                    if (size > MAX_FILE_BYTES || total > MAX_UNPACKED_BYTES) {
                        throw bomb();
                    }
                    long compressed = Math.max(1, raw.count - rawAtStart);
                    if (size > RATIO_GRACE_BYTES && size / compressed > MAX_RATIO) {
                        throw bomb();
                    }
                    digest.update(buffer, 0, read);
                    if (keep) {
                        keptTotal += read;
                        if (keptTotal > MAX_KEPT_BYTES) {
                            throw bomb();
                        }
                        text.write(buffer, 0, read);
                    }
                }
                if (raw.count > MAX_BUNDLE_BYTES) {
                    throw tooLarge();
                }
                digests.put(path, HexFormat.of().formatHex(digest.digest()));
                if (keep) {
                    kept.put(path, text.toByteArray());
                }
            }
        } catch (ZipException e) {
            throw new IOException(e);
        }
        if (digests.isEmpty() && !raw.startsLikeZip()) {
            throw new IOException("not a zip");
        }
        return new Unpacked(digests, kept);
    }

    private static PortalException tooLarge() {
        return new PortalException("error.upload.too-large", MAX_BUNDLE_BYTES / (1024 * 1024));
    }

    private static PortalException bomb() {
        return new PortalException("error.case.bundle-bomb", MAX_UNPACKED_BYTES / (1024 * 1024), MAX_RATIO);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the compressed bytes the ZIP reader has taken, and remembers the first two. */
    private static final class Counting extends FilterInputStream {
        long count;
        private final byte[] head = new byte[2];

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                remember(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = super.read(bytes, offset, length);
            if (read > 0) {
                remember(bytes, offset, read);
            }
            return read;
        }

        private void remember(byte[] bytes, int offset, int read) {
            for (int i = 0; i < read && count + i < head.length; i++) {
                head[(int) count + i] = bytes[offset + i];
            }
            count += read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += Math.max(0, skipped);
            return skipped;
        }

        boolean startsLikeZip() {
            return count >= 4 && head[0] == 'P' && head[1] == 'K';
        }
    }
}
