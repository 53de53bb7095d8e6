package org.freelance.portal.cases;

/** An expert or mediator took a submitted case as its lead. */
public record CaseTaken(String community, Long caseId, String title, String leadName, Long freelancerId) {
}
