package org.freelance.portal.review.analysis;

import org.freelance.portal.review.analysis.ContractText.Sentence;

/**
 * A sentence of the contract with the clause it belongs to and its folded text on one line (see
 * {@link RuleContext#oneLine}). Quotes use the sentence offsets, never positions in {@code folded}.
 */
record LocatedSentence(Clause clause, Sentence sentence, String folded) {
}
