/**
 * Contract second opinions: a member's review request with its contract versions, the automatic
 * pre-review, peer review by the community's experts (assessments, own findings, comments, verdicts)
 * and the negotiation list.
 */
package org.freelance.portal.review;
