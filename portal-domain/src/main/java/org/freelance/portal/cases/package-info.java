/**
 * Dispute cases: a member's intake (client vetting, mission scoping, the problem), the queue and
 * lifecycle run by the community's experts and mediators, the append-only hash-chained journal of
 * written traces, weak signals with their risk score, and the evidence bundle with its verifier.
 */
package org.freelance.portal.cases;
