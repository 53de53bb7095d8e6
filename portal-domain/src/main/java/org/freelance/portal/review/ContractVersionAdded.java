package org.freelance.portal.review;

import java.util.List;

/**
 * The requester added a new version of the contract.
 *
 * @param reviewers the experts who took the request
 */
public record ContractVersionAdded(String community, Long requestId, String title, int number,
        List<Long> reviewers) {

    public ContractVersionAdded {
        reviewers = List.copyOf(reviewers);
    }
}
