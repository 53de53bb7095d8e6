package org.freelance.portal.review.analysis;

import static org.freelance.portal.review.analysis.RuleContext.mayContain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** No deposit for a long mission or a large amount. */
final class DepositRule implements ClauseRule {

    /** More than three months, with room for three months counted in days (91 days, 13 weeks). */
    static final double LONG_MISSION_MONTHS = 3.05;
    /** Above this total, the freelancer would carry a large sum alone if the client paid late. */
    static final BigDecimal LARGE_MISSION_EUROS = BigDecimal.valueOf(20_000);

    private static final Pattern DEPOSIT = Pattern.compile("acompte|\\bavances?\\b|deposit|down[- ]payment|"
            + "advance payment|upfront|up-front|prepayment|pre-payment|provision (?:sur|de|d')|"
            + "a la commande|a la signature .{0,60}%|on signature .{0,60}%|upon signature .{0,60}%|"
            + "\\d ?% [^.;]{0,50}(?:on|upon|at|a la|des la) (?:signature|signing|commande|order)|"
            + "retainer|(?:paid|payable|invoiced|billed|due) (?:\\w+ )?in advance");
    /** Every alternative of {@link #DEPOSIT} contains one of these words. */
    private static final String[] DEPOSIT_WORDS = {"acompte", "avance", "deposit", "down", "advance", "upfront",
        "up-front", "prepay", "pre-pay", "provision", "commande", "signature", "signing", "order", "retainer"};
    private static final Pattern NO_DEPOSIT = Pattern.compile("aucun (?:acompte|avance)|pas d'(?:acompte|avance)|"
            + "sans (?:aucun )?(?:acompte|avance)|no (?:deposit|advance|down[- ]payment|upfront)|without (?:any )?"
            + "(?:deposit|advance|down[- ]payment)|not (?:be )?(?:entitled to|pay) (?:any )?(?:deposit|advance)|"
            + "ne (?:donnera|versera|sera verse) .{0,30}(?:acompte|avance)|n'est prevu|nor any advance");

    @Override
    public void check(RuleContext contract) {
        boolean deposit = contract.sentences().stream().anyMatch(s -> mayContain(s.folded(), DEPOSIT_WORDS)
                && DEPOSIT.matcher(s.folded()).find()
                && !NO_DEPOSIT.matcher(s.folded()).find()
                && !s.folded().contains("en avance de phase") && !s.folded().contains("advance notice")
                && !s.folded().contains("in advance of"));
        if (deposit) {
            return;
        }
        if (MissionSize.months(contract.sentences()) > LONG_MISSION_MONTHS
                || MissionSize.amount(contract.sentences()).compareTo(LARGE_MISSION_EUROS) > 0) {
            contract.addMissing(FindingType.NO_DEPOSIT_LONG_MISSION);
        }
    }
}
