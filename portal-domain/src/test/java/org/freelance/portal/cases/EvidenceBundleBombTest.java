package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.freelance.portal.base.PortalException;
import org.junit.jupiter.api.Test;

/** A ZIP bomb handed to the bundle verifier is refused quickly, in bounded memory, with a message. */
class EvidenceBundleBombTest {

    private static final long MB = 1024 * 1024;

    @Test
    void a_zip_bomb_is_refused_quickly_without_inflating_it_in_memory() throws Exception {
        // shaped like a bundle, so the verifier would keep the entry's text: 3 GB of zeros in 3 MB
        byte[] bomb = ZipBomb.of(new String[] {"journal.pdf", "entries/0001.txt", EvidenceBundle.MANIFEST}, 1024);
        assertThat(bomb.length).isLessThan((int) (4 * MB));
        assertThat(inflatedSizeOfFirstEntry(bomb)).as("a real bomb: its first file inflates to 1 GB")
                .isEqualTo(1024 * MB);

        long[] allocated = new long[1];
        PortalException refusal = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            long before = allocatedByThisThread();
            try {
                return catchThrowableOfType(PortalException.class, () -> EvidenceBundle.verify(bomb));
            } finally {
                allocated[0] = allocatedByThisThread() - before;
            }
        });

        assertThat(refusal).as("refused, not reported as a bundle").isNotNull();
        assertThat(refusal.messageKey()).isEqualTo("error.case.bundle-bomb");
        assertThat(allocated[0]).as("bytes allocated while refusing the bomb").isLessThan(16 * MB);
    }

    @Test
    void a_bomb_of_many_small_files_is_refused_by_the_total_limit() {
        // each file under the ratio grace, all together past the unpacked limit
        String[] names = new String[600];
        for (int i = 0; i < names.length; i++) {
            names[i] = "attachments/%05d".formatted(i);
        }
        byte[] bomb = ZipBomb.of(names, 1);

        PortalException refusal = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(PortalException.class, () -> EvidenceBundle.verify(bomb)));

        assertThat(refusal).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo("error.case.bundle-bomb");
    }

    private static long inflatedSizeOfFirstEntry(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry first = in.getNextEntry();
            assertThat(first).isNotNull();
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
            }
            return total;
        }
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
