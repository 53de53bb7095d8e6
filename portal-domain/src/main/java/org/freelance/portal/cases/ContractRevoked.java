package org.freelance.portal.cases;

/** The freelancer withdrew the lead's access to the contract of the linked review request. */
public record ContractRevoked(String community, Long caseId, String title, String freelancerName, Long leadId) {
}
