package org.freelance.portal.knowledge.pseudonym;

/**
 * One replacement, with its position in the original text ({@code start} inclusive, {@code end}
 * exclusive) so the reviewer can see it highlighted, accept it or undo it.
 */
public record Replacement(int start, int end, String original, String replacement, EntityKind kind) {
}
