package org.freelance.portal.knowledge.pseudonym;

/** A known party (or a close variant of it) still present in a text about to be published. */
public record Leak(int start, int end, String found, KnownParty party) {
}
