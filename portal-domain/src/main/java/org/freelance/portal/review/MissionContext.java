package org.freelance.portal.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.freelance.portal.review.ReviewEnums.Pricing;

/**
 * What the member says about the mission: a title, the client (name, optional SIREN or SIRET), a
 * daily rate or a total amount in euros, start and end dates, and free context.
 */
public record MissionContext(String title, String clientName, String clientIdentifier, Pricing pricing,
        BigDecimal amount, LocalDate start, LocalDate end, String context) {
}
