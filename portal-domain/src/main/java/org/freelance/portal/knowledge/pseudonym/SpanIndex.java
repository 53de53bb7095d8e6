package org.freelance.portal.knowledge.pseudonym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spans of a text ({@code [start, end)}) sorted by start, each with the furthest end reached by the
 * spans starting no later, so that "does a longer span hold this one?" is a binary search instead of
 * a pass over every span (quadratic on a text made of many names).
 */
final class SpanIndex {

    private final int[] starts;
    private final int[] furthestEnds;

    /** @param spans pairs {start, end} */
    SpanIndex(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(span -> span[0]));
        starts = new int[sorted.size()];
        furthestEnds = new int[sorted.size()];
        int furthest = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            starts[i] = sorted.get(i)[0];
            furthest = Math.max(furthest, sorted.get(i)[1]);
            furthestEnds[i] = furthest;
        }
    }

    /**
     * Whether a span holds {@code [start, end)} and is longer than it: one starting no later and
     * ending later, or starting earlier and ending no sooner.
     */
    boolean holdsLarger(int start, int end) {
        int upTo = lastStartingAtOrBefore(start);
        if (upTo >= 0 && furthestEnds[upTo] > end) {
            return true;
        }
        int before = lastStartingAtOrBefore(start - 1);
        return before >= 0 && furthestEnds[before] >= end;
    }

    private int lastStartingAtOrBefore(int position) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] <= position) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
