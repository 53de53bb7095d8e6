package org.freelance.portal.review.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.freelance.portal.review.analysis.Durations.Duration;

/**
 * Termination without fault: open to the client alone, with a notice shorter than a month, or with a
 * notice that differs between the parties.
 */
final class TerminationRule implements ClauseRule {

    /** A notice of at least four weeks counts as a month; a shorter one leaves no time to find a mission. */
    static final int MIN_NOTICE_DAYS = 28;

    static final Pattern TERMINATION = Pattern.compile("resili|resoudre le contrat|terminat|rompre|rupture|"
            + "mettre fin|met fin|mettre un terme|met un terme|put an end|bring .{0,40}to an end|"
            + "end (?:the|this|its) (?:agreement|contract|assignment|engagement|placement|mission|services)|cancel|"
            + "close (?:your|the|its|his|her|their) account|"
            + "(?:fermer|cloturer|fermera|cloturera) (?:le|votre|son) compte");
    private static final Pattern CONVENIENCE = Pattern.compile("sans (?:avoir a )?(?:justifier|motif|motivation)|"
            + "a tout moment|pour convenance|de plein droit et sans motif|for convenience|at any time|without cause|"
            + "without (?:giving |providing |stating )?(?:any )?reasons?|for any reason|sans raison|"
            + "a sa (?:seule )?convenance|at its (?:sole )?discretion|sans justification|discretionnaire");
    static final Pattern NOTICE = Pattern.compile("preavis|notice|prevenance|delai de prevenance|"
            + "prior written|advance written|advance notice");
    private static final Pattern NO_NOTICE = Pattern.compile("sans (?:aucun )?preavis|without (?:any )?(?:prior )?"
            + "notice|with immediate effect|avec effet immediat|immediatement|immediately|no notice|"
            + "sans delai de prevenance");
    private static final Pattern BREACH = Pattern.compile("manquement|faute|inexecution|defaillance|mise en demeure|"
            + "breach|default|fails? to|failure to|cure|remed|insolv|liquidation|redressement|force majeure|"
            + "non-paiement|non-payment|non paiement|late payment|retard de paiement");

    @Override
    public void check(RuleContext contract) {
        List<LocatedSentence> zone = contract.zone(ClauseCategory.TERMINATION_NOTICE, TERMINATION);
        if (zone.isEmpty()) {
            return;
        }
        boolean clientConvenience = false;
        boolean providerConvenience = false;
        LocatedSentence clientQuote = null;
        Map<Party, Integer> noticeByParty = new EnumMap<>(Party.class);
        LocatedSentence shortest = null;
        int shortestDays = Integer.MAX_VALUE;
        LocatedSentence asymmetricQuote = null;
        for (LocatedSentence s : zone) {
            String f = s.folded();
            Party party = contract.parties().firstNamed(f);
            boolean withoutFault = TERMINATION.matcher(f).find() && !BREACH.matcher(f).find();
            if (withoutFault && (CONVENIENCE.matcher(f).find() || NOTICE.matcher(f).find()
                    || NO_NOTICE.matcher(f).find())) {
                if (party == Party.EITHER) {
                    clientConvenience = true;
                    providerConvenience = true;
                } else if (party == Party.PROVIDER) {
                    providerConvenience = true;
                } else if (party == Party.CLIENT) {
                    clientConvenience = true;
                    if (clientQuote == null) {
                        clientQuote = s;
                    }
                }
            }
            if (BREACH.matcher(f).find() || !(NOTICE.matcher(f).find() || NO_NOTICE.matcher(f).find())) {
                continue;
            }
            int days = noticeDays(f);
            if (days == Integer.MAX_VALUE) {
                continue;
            }
            if (days < MIN_NOTICE_DAYS && days < shortestDays) {
                shortestDays = days;
                shortest = s;
            }
            if (party != null && party != Party.EITHER) {
                Integer other = noticeByParty.get(party.other());
                if (other != null && other != days && asymmetricQuote == null) {
                    asymmetricQuote = s;
                }
                noticeByParty.putIfAbsent(party, days);
            }
        }
        if (clientConvenience && !providerConvenience) {
            contract.add(FindingType.TERMINATION_CLIENT_ONLY, clientQuote);
        }
        if (shortest != null) {
            contract.add(FindingType.NOTICE_TOO_SHORT, shortest);
        }
        if (asymmetricQuote != null) {
            contract.add(FindingType.NOTICE_ASYMMETRIC, asymmetricQuote);
        }
    }

    /** The shortest notice the sentence states, 0 for termination without notice, MAX_VALUE if it states none. */
    private static int noticeDays(String folded) {
        int days = Integer.MAX_VALUE;
        if (NO_NOTICE.matcher(folded).find() && TERMINATION.matcher(folded).find()) {
            days = 0;
        }
        for (Duration d : Durations.find(folded)) {
            days = Math.min(days, d.days());
        }
        return days;
    }
}
