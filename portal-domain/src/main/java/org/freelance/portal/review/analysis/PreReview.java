package org.freelance.portal.review.analysis;

import java.util.List;

/** The outcome of the automatic pre-review of one contract text. */
public record PreReview(ContractLanguage language, List<Clause> clauses, List<ChecklistItem> checklist,
        List<Finding> findings) {
}
