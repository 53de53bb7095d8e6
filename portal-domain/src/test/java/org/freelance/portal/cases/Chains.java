package org.freelance.portal.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.freelance.portal.base.Digests;

/** Journal entries and hash chains built the way the service builds them, for the tests of this package. */
final class Chains {

    static final String CASE = "LIT-2026-42";

    private Chains() {
    }

    /** An exchange entry with every field set. */
    static CanonicalEntry entry(int sequence, String previousHash) {
        return new CanonicalEntry(CASE, sequence, "EXCHANGE", LocalDate.of(2026, 3, sequence % 28 + 1), "EMAIL",
                "Alice Martin, compta@client.example", "Relance n° " + sequence, "Bonjour,\nla facture " + sequence
                        + " reste impayée.\nCordialement", null, "1250.00 EUR", null, List.of(), 7L, "Alice Martin",
                Instant.parse("2026-03-10T09:15:30.123456Z").plusSeconds(sequence), previousHash);
    }

    /** The same entry with other attachment lines. */
    static CanonicalEntry withAttachments(CanonicalEntry e, List<String> attachments) {
        return new CanonicalEntry(e.caseReference(), e.sequence(), e.type(), e.occurredOn(), e.channel(),
                e.participants(), e.title(), e.body(), e.signal(), e.amount(), e.corrects(), attachments, e.authorId(),
                e.authorName(), e.recordedAt(), e.previousHash());
    }

    static CanonicalEntry withBody(CanonicalEntry e, String body) {
        return new CanonicalEntry(e.caseReference(), e.sequence(), e.type(), e.occurredOn(), e.channel(),
                e.participants(), e.title(), body, e.signal(), e.amount(), e.corrects(), e.attachments(), e.authorId(),
                e.authorName(), e.recordedAt(), e.previousHash());
    }

    static CanonicalEntry withPrevious(CanonicalEntry e, String previousHash) {
        return new CanonicalEntry(e.caseReference(), e.sequence(), e.type(), e.occurredOn(), e.channel(),
                e.participants(), e.title(), e.body(), e.signal(), e.amount(), e.corrects(), e.attachments(),
                e.authorId(), e.authorName(), e.recordedAt(), previousHash);
    }

    static CanonicalEntry withSequence(CanonicalEntry e, int sequence) {
        return new CanonicalEntry(e.caseReference(), sequence, e.type(), e.occurredOn(), e.channel(),
                e.participants(), e.title(), e.body(), e.signal(), e.amount(), e.corrects(), e.attachments(),
                e.authorId(), e.authorName(), e.recordedAt(), e.previousHash());
    }

    /** A correctly linked chain of {@code size} entries, as stored: each entry with its hash. */
    record Chain(List<CanonicalEntry> entries, List<String> hashes) {

        String head() {
            return hashes.isEmpty() ? Digests.ZERO : hashes.getLast();
        }
    }

    static Chain chain(int size) {
        List<CanonicalEntry> entries = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        String previous = Digests.ZERO;
        for (int sequence = 1; sequence <= size; sequence++) {
            CanonicalEntry entry = entry(sequence, previous);
            entries.add(entry);
            previous = entry.hash();
            hashes.add(previous);
        }
        return new Chain(entries, hashes);
    }

    /**
     * A chain of three entries for an evidence bundle: the first without attachments, the second
     * with two files, the third with one; with the files to put in the bundle.
     */
    static List<EvidenceBundle.Item> bundleItems() {
        List<List<byte[]>> files = List.of(List.of(),
                List.of(bytes("%PDF-1.4 facture 2026-017"), bytes("capture d'écran")),
                List.of(bytes("From: a@b.example\nSubject: relance\n\ncorps")));
        List<List<String>> names = List.of(List.of(), List.of("facture 2026-017.pdf", "écran/relance (1).png"),
                List.of("relance.eml"));
        List<EvidenceBundle.Item> items = new ArrayList<>();
        String previous = Digests.ZERO;
        for (int k = 0; k < files.size(); k++) {
            List<String> lines = new ArrayList<>();
            for (int f = 0; f < files.get(k).size(); f++) {
                lines.add(CanonicalEntry.attachmentLine(Digests.sha256(files.get(k).get(f)), names.get(k).get(f)));
            }
            CanonicalEntry entry = withAttachments(entry(k + 1, previous), lines);
            items.add(new EvidenceBundle.Item(entry, entry.hash(), files.get(k)));
            previous = entry.hash();
        }
        return items;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
