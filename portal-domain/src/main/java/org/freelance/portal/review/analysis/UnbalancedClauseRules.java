package org.freelance.portal.review.analysis;

import java.util.List;

/**
 * The rules that flag unbalanced points, one class per family. They read the folded text sentence
 * by sentence, within the clauses of the right category when the contract has them, and report the
 * first sentence that proves the point (or nothing to quote when the point is a missing clause).
 * The rules hold no state: one set serves every contract, on any thread.
 */
final class UnbalancedClauseRules {

    private static final List<ClauseRule> FAMILIES = List.of(new NonCompeteRule(), new ConfidentialityRule(),
            new MediationRule(), new TerminationRule(), new IntellectualPropertyRule(), new PaymentTermsRule(),
            new LatePaymentRule(), new DepositRule(), new LiabilityRule(), new PenaltyRule(),
            new UnilateralChangeRule(), new ExclusivityRule());

    private UnbalancedClauseRules() {
    }

    static List<Finding> apply(ContractText text, List<Clause> clauses, FindingTexts texts) {
        RuleContext contract = new RuleContext(text, clauses, texts);
        for (ClauseRule family : FAMILIES) {
            family.check(contract);
        }
        return contract.findings();
    }
}
