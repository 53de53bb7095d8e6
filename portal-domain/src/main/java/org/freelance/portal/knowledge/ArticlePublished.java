package org.freelance.portal.knowledge;

/** An admin published a lesson learned; the title is the published (pseudonymised) one. */
public record ArticlePublished(String community, Long articleId, String title, Long authorId) {
}
