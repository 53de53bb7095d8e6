package org.freelance.portal.review.analysis;

import java.util.List;
import java.util.regex.Pattern;

/** Penalties on the freelancer's performance with nothing owed by the client in return. */
final class PenaltyRule implements ClauseRule {

    private static final Pattern PENALTY = Pattern.compile("penalit|liquidated damages|penalty|penalties|retenue|"
            + "service credits?|credits? de service|avoirs? de service");
    /** Late-payment interest is owed by the client, not an execution penalty on the freelancer. */
    private static final Pattern LATE_PAYMENT_CHARGE = Pattern.compile("retard de paiement|paiement tardif|"
            + "late payment|overdue|interet|interest|impaye|unpaid|sommes dues|amounts due");
    /** Penalties passed on in an indemnity ("garantit le Client ... y compris les pénalités") are about liability. */
    private static final Pattern INDEMNITY_UNDERTAKING = Pattern.compile("garantit|garantir|garantira|indemnif|"
            + "indemnis|hold harmless|rembourse|reimburse");
    private static final Pattern RECIPROCAL_PENALTY = Pattern.compile("reciproque|reciprocally|reciprocal|"
            + "mutatis mutandis|de meme,? le client|likewise,? the client|the client shall (?:also )?pay .{0,60}"
            + "(?:penalt|compensation|indemnit)|le client (?:sera|est) (?:egalement )?redevable|the client (?:shall|"
            + "will) (?:owe|be liable to pay)|indemnite (?:de|pour) (?:report|annulation|decommande)|cancellation fee|"
            + "frais d'annulation|each party|chaque partie|either party|chacune des parties|a la charge du client|"
            + "payable by the client|owed by the client|dues? par le client");
    /** A reciprocal "penalty" about payments or invoices is late-payment interest, not an execution penalty. */
    private static final Pattern PAYMENT_OR_INVOICE = Pattern.compile("paiement|facture|invoice|payment");

    @Override
    public void check(RuleContext contract) {
        List<LocatedSentence> providerPenalties = contract.sentences().stream().filter(s -> {
            String f = s.folded();
            return PENALTY.matcher(f).find() && PartyNames.PROVIDER.matcher(f).find()
                    && !LATE_PAYMENT_CHARGE.matcher(f).find() && !INDEMNITY_UNDERTAKING.matcher(f).find()
                    && !LatePaymentRule.isWaiver(f);
        }).toList();
        if (providerPenalties.isEmpty()) {
            return;
        }
        boolean reciprocal = contract.sentences().stream().anyMatch(s -> PENALTY.matcher(s.folded()).find()
                && RECIPROCAL_PENALTY.matcher(s.folded()).find()
                && !PAYMENT_OR_INVOICE.matcher(s.folded()).find());
        if (!reciprocal) {
            contract.add(FindingType.PENALTIES_ONE_WAY, providerPenalties.getFirst());
        }
    }
}
