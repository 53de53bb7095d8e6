package org.freelance.portal.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.freelance.portal.cases.CaseEnums.Channel;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseEnums.ParticipantRole;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;

/** What the cases service hands to the UI: read-only snapshots, never entities. */
public final class CaseViews {

    private CaseViews() {
    }

    /** A line of "my cases" or "cases I work on". */
    public record CaseSummary(Long id, String reference, String title, String clientName, CaseStatus status,
            ProblemCategory category, Urgency urgency, String freelancerName, String leadName, boolean riskAlert,
            Instant createdAt, Instant updatedAt) {
    }

    /** A submitted case waiting for a lead, as experts and mediators see it before taking it. */
    public record QueueItem(Long id, String reference, String title, String clientName, ProblemCategory category,
            Urgency urgency, String freelancerName, Instant submittedAt, long ageDays, String description) {
    }

    /** Filters of the queue; null means any. */
    public record QueueFilter(ProblemCategory category, Urgency urgency, Integer minAgeDays) {
        public static final QueueFilter ANY = new QueueFilter(null, null, null);
    }

    /** What a community admin sees of a case: that it exists and its status, nothing of its content. */
    public record CaseOverview(Long id, String reference, CaseStatus status, Instant createdAt, Instant updatedAt,
            boolean hasLead) {
    }

    public record ParticipantView(Long userId, String name, ParticipantRole role, String conflictNote,
            Instant joinedAt) {
    }

    public record FileView(Long id, String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    public record EntryView(Long id, int sequence, EntryType type, LocalDate occurredOn, Channel channel,
            String participants, String title, String body, WeakSignal signal, BigDecimal amount, String currency,
            Integer corrects, List<Integer> correctedBy, List<FileView> files, String authorName, Instant recordedAt,
            String hash) {
    }

    /** What the signed-in person may do on the case now. */
    public record Permissions(boolean freelancer, boolean lead, boolean supporter, boolean canEditDraft,
            boolean canAddEntries, boolean canInvite, Set<CaseStatus> moves) {
    }

    public record CaseDetail(Long id, String reference, CaseStatus status, CaseIntake intake, String freelancerName,
            List<ParticipantView> participants, FileView contract, String reviewRequestTitle, List<EntryView> journal,
            JournalChain.Check chain, List<RiskScore.Point> risk, int riskToday, Permissions permissions,
            Instant createdAt, Instant submittedAt) {
    }

    /**
     * The answer to saving a draft: the message keys of the fields that were not saved because their
     * value cannot be stored (each keeps its last stored value); empty when everything was saved.
     */
    public record DraftSaved(List<String> refused) {
        public DraftSaved {
            refused = List.copyOf(refused);
        }
    }

    /** A stored file with its content, for download. */
    public record StoredFile(String fileName, String mediaType, long sizeBytes, byte[] content) {
    }

    /** A file as uploaded by a user, before any check. */
    public record Upload(String fileName, byte[] content) {
    }

    /**
     * A new journal entry. {@code corrects} is the sequence number of an earlier entry this one
     * corrects; {@code signal} is required for a weak signal.
     */
    public record NewEntry(EntryType type, LocalDate occurredOn, Channel channel, String participants, String title,
            String body, WeakSignal signal, BigDecimal amount, Integer corrects, List<Upload> files) {

        public NewEntry {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /**
     * The result of checking an uploaded evidence bundle. {@code matchesPortal} compares it with the
     * journal held here when the bundle is of a case the person may read (null otherwise): true only
     * when the bundle holds at least one entry and each of its {@code matchedEntries} entries is the
     * same as the journal's, which holds {@code portalEntries} (more when entries were added since the
     * export); {@code firstDifferentEntry} is the first entry that differs from it.
     */
    public record BundleCheck(EvidenceBundle.Report report, Boolean matchesPortal, Integer firstDifferentEntry,
            int matchedEntries, int portalEntries) {

        public BundleCheck(EvidenceBundle.Report report) {
            this(report, null, null, 0, 0);
        }
    }
}
