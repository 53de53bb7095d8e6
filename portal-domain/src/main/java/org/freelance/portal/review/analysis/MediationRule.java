package org.freelance.portal.review.analysis;

import java.util.regex.Pattern;

/** No prior mediation or amicable settlement before going to court, anywhere in the contract. */
final class MediationRule implements ClauseRule {

    private static final Pattern MEDIATION = Pattern.compile("mediation|mediateur|mediator|amiable|amicabl|"
            + "conciliation|conciliateur|negocier de bonne foi|negociation de bonne foi|rapprocher|"
            + "good faith negotiation|negotiate in good faith|negotiations in good faith|settle .{0,40}amicably|"
            + "resoudre .{0,40}a l'amiable|solution amiable|alternative dispute");

    @Override
    public void check(RuleContext contract) {
        if (!MEDIATION.matcher(RuleContext.oneLine(contract.text().folded())).find()) {
            contract.addMissing(FindingType.NO_MEDIATION);
        }
    }
}
