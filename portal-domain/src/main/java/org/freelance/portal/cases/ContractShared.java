package org.freelance.portal.cases;

/** The freelancer let the case's lead read the contract of the linked review request. */
public record ContractShared(String community, Long caseId, String title, String freelancerName, Long leadId) {
}
