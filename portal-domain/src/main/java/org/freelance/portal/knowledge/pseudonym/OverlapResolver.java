package org.freelance.portal.knowledge.pseudonym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Chooses among overlapping candidates: the strongest layer first, then the longer span. */
final class OverlapResolver {

    private OverlapResolver() {
    }

    /**
     * The candidates kept, in text order; a candidate overlapping a chosen one is dropped. Sorts and
     * filters {@code candidates} in place.
     */
    static List<Candidate> resolve(String text, List<Candidate> candidates) {
        // a known party's word inside a URL, an email or a firm with a legal form goes with the larger whole:
        // "dubois" in https://dubois-consulting.fr, "NCI" in "NCI Gestion Privée SARL"
        // and so does one word of a party inside another person's full name: "Olivier" in "Olivier Meunier-Thibault"
        // (looked up in sorted spans, not by comparing every pair: a text of many names has many of both)
        SpanIndex wholes = new SpanIndex(candidates.stream().filter(o -> o.kind() == EntityKind.URL
                || o.kind() == EntityKind.EMAIL || o.kind() == EntityKind.POSTAL_ADDRESS
                || o.kind() == EntityKind.ORGANISATION && o.priority() == 7).map(o -> new int[] {o.start(), o.end()})
                .toList());
        SpanIndex fullNames = new SpanIndex(candidates.stream()
                .filter(o -> o.kind() == EntityKind.PERSON && o.priority() == 11).map(o -> new int[] {o.start(), o.end()})
                .toList());
        candidates.removeIf(c -> c.kind() == EntityKind.KNOWN_PARTY && (wholes.holdsLarger(c.start(), c.end())
                || TextScan.isOneWord(text, c.start(), c.end()) && fullNames.holdsLarger(c.start(), c.end())));
        candidates.sort(Comparator.comparingInt(Candidate::priority)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
                .thenComparingInt(Candidate::start));
        boolean[] taken = new boolean[text.length()];
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.start() >= c.end()) {
                continue;
            }
            boolean free = true;
            for (int i = c.start(); i < c.end(); i++) {
                if (taken[i]) {
                    free = false;
                    break;
                }
            }
            if (!free) {
                continue;
            }
            for (int i = c.start(); i < c.end(); i++) {
                taken[i] = true;
            }
            chosen.add(c);
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }
}
