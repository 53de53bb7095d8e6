package org.freelance.portal.review.analysis;

import static org.freelance.portal.review.analysis.RuleContext.firstMatching;

import java.util.List;
import java.util.regex.Pattern;

/** Confidentiality that binds the freelancer alone. */
final class ConfidentialityRule implements ClauseRule {

    static final Pattern CONFIDENTIAL = Pattern.compile("confidenti|secret|non-divulgation|non-disclosure");
    private static final Pattern MUTUAL = Pattern.compile("chacune des parties|chaque partie|les (?:deux )?parties "
            + "(?:s'engagent|conviennent|s'obligent|se (?:doivent|engagent))|reciproque|mutuel|each party|both parties|"
            + "either party|the parties (?:shall|agree|undertake|will|each)|mutual|receiving party|reciprocal|"
            + "each of the parties|de part et d'autre|respectivement|the other party|l'autre partie|each other|"
            + "one another|l'une? envers l'autre|(?:we|they|parties) each|each (?:undertake|agree)|both undertake");

    @Override
    public void check(RuleContext contract) {
        List<LocatedSentence> zone = contract.zone(ClauseCategory.CONFIDENTIALITY, CONFIDENTIAL);
        if (zone.isEmpty()) {
            return;
        }
        boolean mutual = zone.stream().anyMatch(s -> MUTUAL.matcher(s.folded()).find());
        if (!mutual) {
            firstMatching(zone, s -> PartyNames.PROVIDER.matcher(s.folded()).find()
                    && CONFIDENTIAL.matcher(s.folded()).find())
                    .or(() -> firstMatching(zone, s -> PartyNames.PROVIDER.matcher(s.folded()).find()))
                    .ifPresent(s -> contract.add(FindingType.CONFIDENTIALITY_ONE_SIDED, s));
        }
    }
}
