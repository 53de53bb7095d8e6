package org.freelance.portal.review;

import java.util.List;

/**
 * A requester shared their contract with experts.
 *
 * @param newlyReached the experts who could not see the request before this share
 */
public record ReviewShared(String community, Long requestId, String title, String requesterName,
        List<Long> newlyReached) {

    public ReviewShared {
        newlyReached = List.copyOf(newlyReached);
    }
}
