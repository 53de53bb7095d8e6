/**
 * The automatic pre-review of a contract, in pure Java (no network, no model): segmentation into
 * clauses with offsets, language detection, clause categories, the checklist and the rules that flag
 * unbalanced points. A named interface of review: the knowledge base reads clause categories and
 * languages, the demo data uses them.
 */
@NamedInterface("analysis")
package org.freelance.portal.review.analysis;

import org.springframework.modulith.NamedInterface;
