package org.freelance.portal.cases;

/** The lead of a case invited another expert or mediator to support it. */
public record SupporterAdded(String community, Long caseId, String title, String leadName, Long supporterId) {
}
