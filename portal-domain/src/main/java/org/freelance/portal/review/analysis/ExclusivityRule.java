package org.freelance.portal.review.analysis;

import static org.freelance.portal.review.analysis.RuleContext.firstMatching;
import static org.freelance.portal.review.analysis.RuleContext.mayContain;

import java.util.regex.Pattern;

/** Exclusivity during the mission: the freelancer may not work for anyone else. */
final class ExclusivityRule implements ClauseRule {

    private static final Pattern EXCLUSIVE = Pattern.compile("exclusivite|exclusivement|a titre exclusif|exclusive|"
            + "exclusively|sole(?:ly)? (?:for|to) the (?:client|customer|company)|(?:ne|n') ?(?:pourra|peut|doit|"
            + "devra|s'autorise|s'interdit).{0,60}(?:autres? clients?|tiers|pour le compte d'autres|d'autres "
            + "(?:societes|entreprises|clients|donneurs))|s'interdit .{0,80}(?:(?:d')?autres? (?:clients?|missions?|"
            + "donneurs?|societes|entreprises|activites?|prestations|contrats)|toute autre|tiers)|shall not (?:work|"
            + "provide services|perform services|accept (?:any )?(?:other )?(?:engagements?|assignments?|missions?)|"
            + "take on) .{0,40}(?:other|third)|may not (?:work|provide services) for (?:any )?(?:other|third)|"
            + "devote (?:all|his|her|its|their) (?:working )?(?:time|activity)|full[- ]time and exclusive|"
            + "consacre(?:r|ra)? (?:l'integralite|la totalite|tout) de son (?:temps|activite)|"
            + "no other (?:client|customer)|(?:shall|may|must|will) not[^.;]{0,60}any other (?:business|engagement|"
            + "employment|occupation|clients?|assignments?|activit)|n'exercer aucune autre activite|"
            + "n'exercera aucune autre activite");
    /** Every alternative of {@link #EXCLUSIVE} contains one of these words. */
    private static final String[] EXCLUSIVE_WORDS = {"exclusi", "sole", "autre", "tiers", "other", "third", "devote",
        "full", "consacre"};
    private static final Pattern NOT_EXCLUSIVE = Pattern.compile("non[- ]?exclusi|sans exclusivite|aucune "
            + "exclusivite|no exclusivity|not exclusive|libre d(?:e|') ?(?:travailler|exercer|conclure|accepter|"
            + "intervenir)|free to (?:work|provide|accept|enter|perform|undertake)|n'est (?:soumis|tenu) a aucune "
            + "exclusivite|rien n'interdit|nothing (?:in this agreement )?(?:shall )?(?:prevent|restrict)|"
            + "not (?:be )?(?:bound|required) to work exclusively|propriete exclusive|exclusive property|"
            + "competence exclusive|exclusive jurisdiction|exclusively competent|seuls competents|"
            + "droit exclusif|exclusive right|exclusive licen|licence exclusive|exclusivement competent|exclusive "
            + "(?:ownership|owner)|exclusive use|usage exclusif|exclusivement (?:reserve|destine|pour les besoins|"
            + "dans le cadre|a l'usage)|used exclusively|solely for the purpose|exclusively for the purpose|"
            + "exclusive of (?:vat|tax|taxes|value added)");
    private static final Pattern WORK_CONTEXT = Pattern.compile("travaill|prestation|services|mission|intervenir|"
            + "activite|work|engage|clients?|customers?|tiers|third|concurrent|competitor|donneur|assignment|temps|"
            + "time");

    @Override
    public void check(RuleContext contract) {
        firstMatching(contract.sentences(), s -> {
            String f = s.folded();
            if (!mayContain(f, EXCLUSIVE_WORDS) || !EXCLUSIVE.matcher(f).find()) {
                return false;
            }
            return WORK_CONTEXT.matcher(f).find() && !NOT_EXCLUSIVE.matcher(f).find()
                    && !NonCompeteRule.aboutStaffOnly(f)
                    && !NonCompeteRule.POST_TERM.matcher(f).find()
                    && !(f.contains("non-concurrence") || f.contains("non-compete") || f.contains("non concurrence"));
        }).ifPresent(s -> contract.add(FindingType.EXCLUSIVITY, s));
    }
}
