package org.freelance.portal.knowledge;

import java.util.List;

/**
 * An author submitted a lesson learned for review.
 *
 * @param admins the community's admins at the time, the author excluded
 */
public record ArticleSubmitted(String community, Long articleId, String title, String authorName,
        List<Long> admins) {

    public ArticleSubmitted {
        admins = List.copyOf(admins);
    }
}
