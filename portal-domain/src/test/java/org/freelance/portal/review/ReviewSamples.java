package org.freelance.portal.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.freelance.portal.review.ReviewEnums.Pricing;

/**
 * What the review tests of both modules take in: a pasted contract with known unbalanced clauses, a
 * better version of it, and the mission it is for.
 */
public final class ReviewSamples {

    /** Pay-when-paid, 90 days end of month, client-only termination with 8 days' notice, no mediation. */
    public static final String UNBALANCED_CONTRACT = """
            CONTRAT DE PRESTATION DE SERVICES

            Article 1 – Objet
            Le Prestataire réalise pour le Client une mission d'expertise ServiceNow auprès du client final.

            Article 2 – Prix et paiement
            Le taux journalier est de 650 € HT par jour. Les factures sont payables à 90 jours fin de mois, \
            après réception du règlement du client final.

            Article 3 – Résiliation
            Le Client peut résilier le contrat à tout moment, sans motif, moyennant un préavis de 8 jours.

            Article 4 – Confidentialité
            Le Prestataire s'engage à garder strictement confidentielles toutes les informations du Client.

            Article 5 – Litiges
            Tout litige sera porté devant le Tribunal de commerce de Paris.
            """;

    /** Payment at 30 days and a mediation step, but unlimited liability added. */
    public static final String BETTER_CONTRACT = UNBALANCED_CONTRACT
            .replace("payables à 90 jours fin de mois, après réception du règlement du client final",
                    "payables à 30 jours date de facture")
            .replace("Tout litige sera porté", "Avant tout procès, les parties recherchent une solution amiable. "
                    + "À défaut, tout litige sera porté")
            + "\nArticle 6 – Responsabilité\nLe Prestataire est responsable de tous les dommages, sans limitation.\n";

    /** A valid SIREN (Luhn) written as people write it. */
    public static final String SIREN = "732 829 320";

    private ReviewSamples() {
    }

    /** A ServiceNow mission for Alpha Conseil at a daily rate, from March to December 2026. */
    public static MissionContext mission(String title) {
        return new MissionContext(title, "Alpha Conseil", SIREN, Pricing.DAILY_RATE, new BigDecimal("650"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), "Intégration ITSM pour le client final.");
    }
}
