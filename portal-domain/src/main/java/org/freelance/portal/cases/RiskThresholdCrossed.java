package org.freelance.portal.cases;

import java.util.List;

/**
 * A weak signal raised the case's risk score past the alert threshold.
 *
 * @param alerted the freelancer and the lead
 */
public record RiskThresholdCrossed(String community, Long caseId, String title, int score, List<Long> alerted) {

    public RiskThresholdCrossed {
        alerted = List.copyOf(alerted);
    }
}
