/**
 * The automatic pre-review of a contract, in pure Java (no network, no model): segmentation into
 * clauses with offsets, language detection, clause categories, the checklist and the rules that flag
 * unbalanced points.
 */
package org.freelance.portal.review.analysis;
