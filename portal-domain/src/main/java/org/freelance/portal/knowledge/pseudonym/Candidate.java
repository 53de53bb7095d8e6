package org.freelance.portal.knowledge.pseudonym;

/**
 * A span that may be replaced. Names get their pseudonym only once the span is chosen (in text
 * order), so letters follow the text and a losing candidate never uses one up: {@code key} is
 * then the party's place in the session or the folded name, {@code suffix} a possessive to keep.
 *
 * @param priority the layer, strongest lowest: 0 known parties, 1 to 6 identifiers, dates and amounts,
 *     7 to 13 other names (7 an organisation with its legal form, 11 a full name with a first name)
 */
record Candidate(int start, int end, EntityKind kind, int priority, String replacement, String key, String suffix) {

    Candidate(int start, int end, EntityKind kind, int priority, String replacement) {
        this(start, end, kind, priority, replacement, null, "");
    }

    static Candidate named(int start, int end, EntityKind kind, int priority, String key, String suffix) {
        return new Candidate(start, end, kind, priority, null, key, suffix);
    }
}
