package org.freelance.portal.review.analysis;

import static org.freelance.portal.review.analysis.RuleContext.firstMatching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.freelance.portal.review.analysis.Durations.Duration;

/**
 * Non-compete and non-solicitation after the contract: longer than a year, over a wide territory or
 * the client's whole group, or without compensation.
 */
final class NonCompeteRule implements ClauseRule {

    /** Up to a year ("douze mois", "un an") is accepted; beyond it, judges often cut the clause down. */
    static final int MAX_DAYS = 366;

    static final Pattern NON_COMPETE = Pattern.compile("non[- ]?concurrence|concurrenc|non[- ]?sollicitation|"
            + "non[- ]?solicitation|non[- ]?compet|not (?:to )?compete|s'interdit|s'engage a ne pas|"
            + "refrain from|shall not,?(?: [^.;]{0,60}?,)? (?:directly or indirectly,? )?(?:work|provide|offer|perform|"
            + "render|accept|solicit|engage|contract)|not to (?:work|provide|solicit|accept)|ne pas (?:travailler|"
            + "intervenir|proposer|fournir|solliciter|accepter|contracter)");
    static final Pattern POST_TERM = Pattern.compile("a compter de la (?:fin|cessation|resiliation|date)|"
            + "apres (?:la fin|la cessation|l'expiration|le terme|la resiliation)|a l'issue|suivant la fin|"
            + "(?:apres|suivant) (?:sa|son|leur) (?:fin|cessation|terme|expiration|resiliation)|"
            + "following (?:its|their) (?:end|termination|expiry)|(?:after|following) (?:the |your |its |his |her |"
            + "their )?(?:last|final) (?:project|engagement|assignment|mission|contract)|"
            + "apres (?:la |sa |leur |votre )?derniere (?:mission|prestation)|"
            + "post-?contractuel|after (?:the )?(?:end|termination|expiry|expiration|completion)|following (?:the )?"
            + "(?:end|termination|expiry|expiration|completion)|post-?termination|thereafter|from the end|"
            + "de la fin du contrat|to come after|a l'expiration|au-dela de la fin|pendant (?:une duree|une periode)|"
            + "for a (?:period|term) of|during (?:a period|the \\d+ months)");
    private static final Pattern STAFF_ONLY = Pattern.compile("\\b(?:personnel|salaries?|employes?|collaborateurs?|"
            + "employees?|staff)\\b");
    /** Staff words with whose staff they are ("salariés du Client"), removed before looking for clients. */
    private static final Pattern STAFF_PHRASE = Pattern.compile("\\b(?:personnel|salaries?|employes?|collaborateurs?|"
            + "employees?|staff)\\b(?: (?:du|de la|de l'|des|of the|of|of any of the) ?(?:client|customer|company|"
            + "societe|agence|agency|autre partie|other party|parties))?");
    private static final Pattern CLIENTS_WORD = Pattern.compile("client|customer|concurren|compet|prospect|"
            + "entreprise|societe|company|companies|activite|activity|secteur|sector|business");
    private static final Pattern WIDE = Pattern.compile("territoire (?:national|francais)|france entiere|"
            + "toute la france|ensemble du territoire|l'europe|union europeenne|europe|monde|mondial|worldwide|"
            + "the world|any territory|any country|tout pays|tous pays|national territory|entire territory|"
            + "whole (?:of )?(?:france|territory)|all of france|throughout france|international|global");
    private static final Pattern GROUP = Pattern.compile("\\bgroupe\\b|filiales|societes (?:affiliees|liees|du groupe)|"
            + "affiliates|affiliated|subsidiaries|group companies|group of companies|\\bgroup\\b|"
            + "ensemble (?:des|de ses) clients|tous (?:les|ses) clients|all (?:of )?(?:its|the client's) "
            + "(?:customers|clients)|any (?:of its )?(?:customers|clients)|l'ensemble de la clientele|clientele");
    private static final Pattern COMPENSATION = Pattern.compile("contrepartie|indemnite (?:compensatrice|mensuelle|"
            + "de non-concurrence|de non concurrence|speciale)|compensation|indemnity|indemnit|remunere|paid to the|"
            + "versera|will pay|shall pay");
    private static final Pattern NO_COMPENSATION = Pattern.compile("sans (?:aucune )?(?:contrepartie|compensation|"
            + "indemnite|remuneration)|aucune (?:contrepartie|compensation|indemnite)|without (?:any )?(?:compensation|"
            + "consideration|indemnity|payment)|no (?:compensation|consideration|indemnity)|not (?:give rise|entitle)"
            + "|ne donnera (?:lieu|droit)|ne donne (?:lieu|droit)|shall not be compensated|unpaid|non remuner|"
            + "no (?:further|additional|separate|specific) (?:payment|compensation|consideration|indemnity)|"
            + "(?:adequate|sufficient) consideration|aucune (?:somme|remuneration) (?:supplementaire|specifique)");
    private static final String[] HEADING_WORDS = {"non-concurrence", "non concurrence", "non-compete",
        "non compete", "non-sollicitation", "non-solicitation", "non solicitation", "restrictive covenant",
        "concurrence", "competition", "restriction"};

    @Override
    public void check(RuleContext contract) {
        List<LocatedSentence> zone = zone(contract);
        if (zone.stream().noneMatch(s -> NON_COMPETE.matcher(s.folded()).find())) {
            return;
        }
        LocatedSentence longest = null;
        int longestDays = 0;
        for (LocatedSentence s : zone) {
            for (Duration d : Durations.find(s.folded())) {
                if (d.days() > longestDays) {
                    longestDays = d.days();
                    longest = s;
                }
            }
        }
        if (longest != null && longestDays > MAX_DAYS) {
            contract.add(FindingType.NON_COMPETE_TOO_LONG, longest);
        }
        firstMatching(zone, s -> WIDE.matcher(s.folded()).find())
                .ifPresent(s -> contract.add(FindingType.NON_COMPETE_TOO_WIDE, s));
        firstMatching(zone, s -> GROUP.matcher(s.folded()).find())
                .ifPresent(s -> contract.add(FindingType.NON_COMPETE_GROUP_WIDE, s));
        boolean explicitlyUnpaid = zone.stream().anyMatch(s -> NO_COMPENSATION.matcher(s.folded()).find());
        boolean compensated = zone.stream().anyMatch(s -> COMPENSATION.matcher(s.folded()).find()
                && !NO_COMPENSATION.matcher(s.folded()).find());
        if (explicitlyUnpaid || !compensated) {
            LocatedSentence quote = firstMatching(zone, s -> NO_COMPENSATION.matcher(s.folded()).find())
                    .orElse(zone.getFirst());
            contract.add(FindingType.NON_COMPETE_NO_COMPENSATION, quote);
        }
    }

    /**
     * The sentences of the non-compete clauses (by heading) and, elsewhere, the sentences restricting
     * work after the contract with the one that follows them in the same clause; only those that say
     * something about the restriction (its scope, its length, its compensation) are kept.
     */
    private static List<LocatedSentence> zone(RuleContext contract) {
        List<LocatedSentence> all = contract.sentences();
        List<LocatedSentence> zone = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            LocatedSentence s = all.get(i);
            String f = s.folded();
            if (aboutStaffOnly(f) || contract.isHeadingLine(s)) {
                continue;
            }
            boolean inClause = contract.headingHas(s.clause(), HEADING_WORDS);
            boolean trigger = NON_COMPETE.matcher(f).find() && POST_TERM.matcher(f).find()
                    && !ConfidentialityRule.CONFIDENTIAL.matcher(f).find();
            if (inClause || trigger) {
                if (!zone.contains(s)) {
                    zone.add(s);
                }
                if (trigger && i + 1 < all.size() && all.get(i + 1).clause() == s.clause()
                        && !zone.contains(all.get(i + 1))) {
                    zone.add(all.get(i + 1));
                }
            }
        }
        zone.removeIf(s -> !NON_COMPETE.matcher(s.folded()).find() && !COMPENSATION.matcher(s.folded()).find()
                && !NO_COMPENSATION.matcher(s.folded()).find() && Durations.find(s.folded()).isEmpty()
                && !WIDE.matcher(s.folded()).find() && !GROUP.matcher(s.folded()).find());
        return zone;
    }

    /** A restriction on the client's staff only (not poaching employees) does not restrict whom one works for. */
    static boolean aboutStaffOnly(String folded) {
        return STAFF_ONLY.matcher(folded).find()
                && !CLIENTS_WORD.matcher(STAFF_PHRASE.matcher(folded).replaceAll(" ")).find();
    }
}
