package org.freelance.portal.review.analysis;

/**
 * One family of unbalanced points (non-compete, termination, payment...): reads the contract through
 * the shared context and raises its findings there.
 */
interface ClauseRule {

    void check(RuleContext contract);
}
