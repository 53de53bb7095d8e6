package org.freelance.portal.cases;

import java.util.List;

/**
 * A case moved to another status (submitting and taking have events of their own).
 *
 * @param others the freelancer, lead and supporters, except whoever moved it
 */
public record CaseMoved(String community, Long caseId, String title, CaseStatus status, List<Long> others) {

    public CaseMoved {
        others = List.copyOf(others);
    }
}
