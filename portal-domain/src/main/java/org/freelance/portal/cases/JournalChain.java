package org.freelance.portal.cases;

import java.util.List;
import java.util.Objects;
import org.freelance.portal.base.Digests;

/**
 * Checks a hash chain of journal entries: sequence numbers 1, 2, 3... each entry pointing at the
 * previous entry's hash (the first at {@link Digests#ZERO}), and each stored hash equal to the one
 * recomputed from the entry. The first entry where any of this fails is reported; everything after
 * it is unproven.
 */
public final class JournalChain {

    private JournalChain() {
    }

    /** @param firstBroken the sequence number of the first entry that does not check, or null when intact */
    public record Check(int entries, Integer firstBroken, String head) {

        public boolean intact() {
            return firstBroken == null;
        }
    }

    /** @param hashes the stored hash of each entry, same order as {@code entries} (sorted by sequence) */
    public static Check verify(List<CanonicalEntry> entries, List<String> hashes) {
        String previous = Digests.ZERO;
        for (int i = 0; i < entries.size(); i++) {
            CanonicalEntry entry = entries.get(i);
            String stored = hashes.get(i);
            boolean ok = entry.sequence() == i + 1 && Objects.equals(entry.previousHash(), previous)
                    && Objects.equals(entry.hash(), stored);
            if (!ok) {
                return new Check(entries.size(), entry.sequence(), previous);
            }
            previous = stored;
        }
        return new Check(entries.size(), null, previous);
    }
}
