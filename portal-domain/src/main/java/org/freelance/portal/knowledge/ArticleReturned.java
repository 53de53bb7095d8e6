package org.freelance.portal.knowledge;

/** An admin sent a lesson learned back to its author with a note. */
public record ArticleReturned(String community, Long articleId, String title, Long authorId) {
}
