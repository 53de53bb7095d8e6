package org.freelance.portal.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.freelance.portal.knowledge.KnowledgeEnums.ArticleStatus;
import org.freelance.portal.knowledge.KnowledgeEnums.Field;
import org.freelance.portal.knowledge.KnowledgeEnums.ModerationAction;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.pseudonym.EntityKind;
import org.freelance.portal.knowledge.pseudonym.KnownParty;
import org.freelance.portal.review.analysis.ClauseCategory;

/** What the knowledge service hands to the UI: read-only snapshots, never entities. */
public final class KnowledgeViews {

    private KnowledgeViews() {
    }

    /** A line of "my articles" or of the review queue (title as its author wrote it). */
    public record ArticleSummary(Long id, String title, ArticleStatus status, Scope scope, String authorName,
            Instant updatedAt) {
    }

    public record ReplacementView(Long id, Field field, int start, int end, String original, String replacement,
            EntityKind kind, boolean manual, boolean kept) {
    }

    /** One field under review: the author's text, its replacements, the text as it would be published, its leaks. */
    public record FieldReview(Field field, String original, List<ReplacementView> replacements, String preview,
            List<String> leaks) {
    }

    public record PartyView(Long id, KnownParty party) {
    }

    public record ModerationLine(String actorName, ModerationAction action, String note, Instant at) {
    }

    /** An article as its author and the community's admins see it while it is drafted and reviewed. */
    public record ArticleReview(Long id, ArticleStatus status, Scope scope, Long sourceCaseId, String authorName,
            ArticleDraft draft, List<PartyView> parties, Map<Field, FieldReview> fields, boolean publishable,
            List<ModerationLine> log, boolean canEdit, boolean canModerate) {
    }

    /** A published article, as every member reads it: pseudonymised text only. */
    public record PublishedArticle(Long id, String title, String context, String whatHappened, String whatWorked,
            List<String> nextTime, Set<ClauseCategory> categories, Outcome outcome, Integer durationMonths,
            Sector sector, Integer year, Scope scope, Instant publishedAt) {
    }
}
