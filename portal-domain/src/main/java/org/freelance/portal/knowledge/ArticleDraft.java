package org.freelance.portal.knowledge;

import java.util.List;
import java.util.Set;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.pseudonym.KnownParty;
import org.freelance.portal.review.analysis.ClauseCategory;

/**
 * What the author writes: the story as it happened (names included: the pseudonymiser and the
 * reviewer take them out), what to do next time as a checklist (one item per line), and the facts
 * the knowledge base is searched by.
 */
public record ArticleDraft(String title, String context, String whatHappened, String whatWorked, String nextTime,
        Set<ClauseCategory> categories, Outcome outcome, Integer durationMonths, Sector sector, Integer year,
        List<KnownParty> parties) {

    public ArticleDraft {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
