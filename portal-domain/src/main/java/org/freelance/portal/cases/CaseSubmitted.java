package org.freelance.portal.cases;

import java.util.List;

/**
 * A freelancer submitted their case; the community's experts and mediators (the freelancer aside)
 * may take it from the queue.
 *
 * @param community the community (tenant) the case belongs to
 * @param peers the experts and mediators of the community at the time, the freelancer excluded
 */
public record CaseSubmitted(String community, Long caseId, String title, String freelancerName, List<Long> peers) {

    public CaseSubmitted {
        peers = List.copyOf(peers);
    }
}
