package org.freelance.portal.review.analysis;

import static org.freelance.portal.review.analysis.RuleContext.firstMatching;
import static org.freelance.portal.review.analysis.RuleContext.mayContain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Late-payment penalties and the fixed recovery indemnity: missing, or present but waived (its own
 * finding, never "missing" as well: a waiving clause is there, and the law makes both due anyway).
 */
final class LatePaymentRule implements ClauseRule {

    /** Code de commerce, art. D441-5: the fixed indemnity for recovery costs, 40 EUR per invoice paid late. */
    static final int D441_5_RECOVERY_INDEMNITY_EUROS = 40;

    private static final Pattern LATE_PENALTY = Pattern.compile("penalites? de retard|interets? de retard|"
            + "interets? moratoires|taux d'interet|taux (?:directeur|de refinancement)|trois fois le taux|"
            + "late[- ]payment (?:interest|penalt|charge|fee)|interest (?:on|for) (?:late|overdue|any late)|"
            + "overdue (?:amounts|sums|invoices|payments?) .{0,80}interest|interest .{0,80}overdue|"
            + "default interest|late interest|penalty (?:rate|interest)|pénalit|(?:bears?|carry|carries|accrues?|"
            + "incurs?|gives? rise,?(?: [^.;]{0,30},)? to) interest|interest (?:at|from|is due|shall)|"
            + "(?:legal|statutory) interest|refinanc|portent? interet|porte(?:ra|nt)? interets?");
    /** Every alternative of {@link #LATE_PENALTY} contains one of these words. */
    private static final String[] LATE_PENALTY_WORDS = {"penal", "pénal", "interet", "interest", "taux", "refinanc",
        "late"};
    private static final Pattern PAYMENT_CONTEXT = Pattern.compile("paiement|facture|reglement|sommes|payment|invoice|"
            + "montant|echeance|amounts?|sums?|exigib|due|paid|payable|overdue");
    /** The legal indemnity's amount, in figures or in words. */
    private static final Pattern RECOVERY_AMOUNT = Pattern.compile("(?<![\\d.,])(?<!\\d )(?:"
            + D441_5_RECOVERY_INDEMNITY_EUROS + "|quarante|forty)\\s*(?:,00\\s*)?(?:€|euros?|eur)|(?:€|eur)\\s*"
            + D441_5_RECOVERY_INDEMNITY_EUROS + "\\b");
    private static final Pattern RECOVERY_WORDS = Pattern.compile("indemnit|compensation|frais|fee|recouvrement|"
            + "recovery");
    private static final Pattern RECOVERY_NAMED = Pattern.compile("indemnite forfaitaire|fixed (?:recovery|"
            + "compensation|indemnity|sum)|flat[- ]rate (?:recovery|indemnity|compensation|fee)|recovery (?:costs?|fee|"
            + "indemnity)|frais de recouvrement|(?:fixed|statutory) (?:indemnity|compensation)");
    /** A flat indemnity is the legal one only if it says so ("indemnité forfaitaire de 1 500 €" is not). */
    private static final Pattern RECOVERY_LEGAL = Pattern.compile("recouvrement|recover|441-5|441-10|"
            + "code de commerce|commercial code");
    /**
     * Wording that rules the late-payment penalties out for the freelancer who would claim them
     * ("aucune pénalité de retard ne pourra être réclamée", "renonce", "waives", "no interest shall be due").
     */
    private static final Pattern WAIVER = Pattern.compile("renonce|waive|"
            + "ne (?:pourra|pourront|peut|peuvent|sera|seront|saurait|sauraient) (?:en aucun cas )?(?:etre )?"
            + "(?:reclame|exige|facture|applique|du\\b|dus\\b|due)|"
            + "ne (?:pourra|peut|saurait) (?:en aucun cas )?(?:reclamer|exiger|facturer|appliquer)|"
            + "(?:may|shall|will|can) not (?:be )?(?:claimed|charged|demanded|invoiced|applied|due|payable|owed)|"
            + "(?:may|shall|will|can) not (?:be entitled to )?(?:claim|charge|demand|invoice|apply|seek)|"
            + "\\bno (?:late(?:[- ]payment)? )?(?:penalt|interest|fee|charge|indemnit|compensation)[^.;]{0,80}?"
            + "(?:may|shall|will|can|is|are) (?:be )?(?:claimed|charged|due|payable|applied|owed)|"
            + "sans (?:aucune? )?(?:penalite|interet|indemnite)|without (?:any )?(?:late(?:[- ]payment)? )?"
            + "(?:penalt|interest)|(?:sont|est) exclue?s?|(?:are|is) excluded");
    /** Late-penalty words about the freelancer's delays (delivery), not the client's payments. */
    private static final Pattern DELIVERY_DELAY = Pattern.compile("livraison|delivery|deliverable|livrable|"
            + "d'execution|recette|acceptance|jalon|milestone");
    /** Penalties waived in the freelancer's favour: "appliquée au Prestataire", "imposed on the contractor". */
    private static final Pattern AGAINST_PROVIDER = Pattern.compile("(?:appliqu|impos|inflig|opposabl)\\w* "
            + "(?:au|a l'encontre du|a la charge du)|dues? par le|(?:applied|imposed|charged) (?:to|on|against)|"
            + "owed by the|payable by the (?:contractor|provider|consultant|supplier|freelancer)");
    private static final Pattern LATE_TERM = Pattern.compile("penalites? de retard|late (?:payment )?penalt|"
            + "late[- ]payment|indemnite forfaitaire|recovery (?:costs?|fee|indemnity)|frais de recouvrement");

    @Override
    public void check(RuleContext contract) {
        Optional<LocatedSentence> waiver = firstMatching(contract.sentences(), s -> isWaiver(s.folded()));
        waiver.ifPresent(s -> contract.add(FindingType.LATE_PENALTIES_WAIVED, s));
        boolean waivedIndemnity = waiver.filter(s -> RECOVERY_WORDS.matcher(s.folded()).find()
                || RECOVERY_AMOUNT.matcher(s.folded()).find()).isPresent();
        boolean penalties = waiver.isPresent() || contract.sentences().stream().anyMatch(s -> mayContain(s.folded(),
                LATE_PENALTY_WORDS)
                && LATE_PENALTY.matcher(s.folded()).find()
                && PAYMENT_CONTEXT.matcher(s.folded()).find()
                && !(s.folded().contains("livraison") || s.folded().contains("delivery")) || s.folded().contains(
                        "penalites de retard") && s.clause().categories().contains(ClauseCategory.PAYMENT_TERMS));
        if (!penalties) {
            contract.addMissing(FindingType.NO_LATE_PENALTIES);
        }
        boolean indemnity = contract.sentences().stream().anyMatch(s -> {
            String f = s.folded();
            return RECOVERY_AMOUNT.matcher(f).find() && RECOVERY_WORDS.matcher(f).find()
                    || RECOVERY_NAMED.matcher(f).find() && RECOVERY_LEGAL.matcher(f).find();
        });
        if (!indemnity && !waivedIndemnity) {
            contract.addMissing(FindingType.NO_RECOVERY_INDEMNITY);
        }
    }

    /** A sentence waiving the late-payment penalties or the recovery indemnity to the freelancer's detriment. */
    static boolean isWaiver(String folded) {
        return (LATE_TERM.matcher(folded).find() || LATE_PENALTY.matcher(folded).find())
                && WAIVER.matcher(folded).find() && !DELIVERY_DELAY.matcher(folded).find()
                && !AGAINST_PROVIDER.matcher(folded).find();
    }
}
