package org.freelance.portal.review.analysis;

import static org.freelance.portal.review.analysis.RuleContext.firstMatching;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The freelancer's liability left without a cap. */
final class LiabilityRule implements ClauseRule {

    static final Pattern LIABILITY = Pattern.compile("responsab|responsib|liab|indemnif|indemnis|garantir|"
            + "garantit|dommages?|damages|prejudice|losses|loss|harmless|reparer|repair");
    /** Whose liability a sentence limits: "la responsabilité du Prestataire", "Company's total liability". */
    private static final Pattern LIABILITY_HOLDER = Pattern.compile("responsabilite (?:totale |globale |cumulee |"
            + "maximale )?(?:du |de la |de l'|de |d')([a-z-]+)|([a-z-]+)'s (?:total |aggregate |maximum |entire |"
            + "cumulative )?liability|in no event (?:shall|will) (?:the )?([a-z-]+)|([a-z-]+) (?:shall|will) not be "
            + "liable|\\b(our|your|my|their) (?:total |aggregate |maximum |entire |cumulative )?liability");
    private static final Pattern UNLIMITED = Pattern.compile("illimitee|sans (?:aucune )?(?:limitation|limite|"
            + "plafond)|n'est (?:pas )?(?:limitee|plafonnee)|ne (?:sera|saurait etre) (?:pas )?(?:limitee|plafonnee)|"
            + "unlimited|without (?:any )?(?:limit|limitation|cap)\\b|uncapped|(?:shall|will) not be (?:limited|capped)|"
            + "no (?:limit|cap) (?:on|to)|not (?:be )?subject to any (?:limit|cap)|l'integralite (?:des|du) "
            + "(?:prejudices?|dommages)|tous (?:les )?(?:dommages|prejudices),? (?:directs? (?:et|ou) indirects?|"
            + "quels qu'ils soient|de quelque nature)|(?:all|any and all) (?:direct and indirect |direct or indirect )?"
            + "(?:losses|damages|claims|costs)|direct (?:and|or) indirect (?:damages|losses)|"
            + "indirects?,? (?:et|ou) (?:consecutifs|immateriels)|indirect(?:,)? (?:and|or) consequential|"
            + "quel qu'en soit le montant|whatever the amount|regardless of (?:the )?amount|de quelque nature que ce soit|"
            + "whatsoever");
    private static final Pattern BOILERPLATE = Pattern.compile("including,? (?:but )?(?:without limitation|not limited)|"
            + "y compris,? (?:mais )?(?:sans (?:que cette liste soit )?limitati|non limitativement)|"
            + "sans que cette (?:liste|enumeration) soit limitative");
    private static final Pattern CAP = Pattern.compile("plafonn|limitee? (?:a|au|aux)|limited to|shall not exceed|"
            + "will not exceed|ne (?:pourra|saurait|peut) (?:en aucun cas )?exceder|capped|cap of|cap equal|"
            + "maximum (?:de|of)|dans la limite|in no event .{0,80}exceed|n'excedera|not exceed|exclu(?:e|s|es)? "
            + "(?:les|toute)|exclut|excluding|shall not be liable for (?:any )?indirect|ne (?:saurait|pourra) etre "
            + "tenu(?:e)? (?:pour )?responsable des dommages indirects|in no event shall .{0,60}be liable");

    @Override
    public void check(RuleContext contract) {
        List<LocatedSentence> zone = contract.zone(ClauseCategory.LIABILITY_INSURANCE, LIABILITY);
        boolean capped = zone.stream().anyMatch(s -> CAP.matcher(s.folded()).find()
                && holder(contract.parties(), s.folded()) != Party.CLIENT);
        if (capped) {
            return;
        }
        firstMatching(zone, s -> {
            String f = BOILERPLATE.matcher(s.folded()).replaceAll(" ");
            return UNLIMITED.matcher(f).find() && LIABILITY.matcher(f).find();
        }).ifPresent(s -> contract.add(FindingType.UNLIMITED_LIABILITY, s));
    }

    /** Whose liability the sentence is about, or null if it does not say. */
    private static Party holder(PartyNames parties, String folded) {
        if (PartyNames.EITHER.matcher(folded).find() || folded.contains("neither party")
                || folded.contains("des parties")) {
            return Party.EITHER;
        }
        Matcher m = LIABILITY_HOLDER.matcher(folded);
        if (!m.find()) {
            return null;
        }
        String who = null;
        for (int group = 1; who == null && group <= m.groupCount(); group++) {
            who = m.group(group);
        }
        return parties.namedBy(who);
    }
}
