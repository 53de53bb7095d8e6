/**
 * Pseudonymisation of lesson-learned texts, pure Java: known parties and their variants,
 * structured identifiers by pattern, other names by heuristics; consistent replacements within an
 * article, and a leak guard. It is pseudonymisation, not anonymisation: a person who knows the
 * story may still recognise it, which is why a human reviews every article before publication.
 * A named interface of knowledge: an article draft names its known parties with these types.
 */
@NamedInterface("pseudonym")
package org.freelance.portal.knowledge.pseudonym;

import org.springframework.modulith.NamedInterface;
