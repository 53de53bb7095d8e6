/**
 * Pseudonymisation of lesson-learned texts, pure Java: known parties and their variants,
 * structured identifiers by pattern, other names by heuristics; consistent replacements within an
 * article, and a leak guard. It is pseudonymisation, not anonymisation: a person who knows the
 * story may still recognise it, which is why a human reviews every article before publication.
 */
package org.freelance.portal.knowledge.pseudonym;
