package org.freelance.portal.review.analysis;

import java.util.List;

/** A checklist category and the clauses (by index) where it was found; empty when missing. */
public record ChecklistItem(ClauseCategory category, List<Integer> clauses) {

    public boolean present() {
        return !clauses.isEmpty();
    }
}
