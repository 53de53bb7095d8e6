package org.freelance.portal.cases;

/** The last entry of a journal as the next append needs it: its sequence (the journal's length) and its hash. */
record JournalHead(int sequence, String hash) {
}
