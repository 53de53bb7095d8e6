package org.freelance.portal.cases;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.Texts;
import org.freelance.portal.cases.CaseStatus.Actor;
import org.freelance.portal.cases.CaseViews.BundleCheck;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.CaseOverview;
import org.freelance.portal.cases.CaseViews.CaseSummary;
import org.freelance.portal.cases.CaseViews.DraftSaved;
import org.freelance.portal.cases.CaseViews.FileView;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.cases.CaseViews.QueueFilter;
import org.freelance.portal.cases.CaseViews.QueueItem;
import org.freelance.portal.cases.CaseViews.StoredFile;
import org.freelance.portal.cases.CaseViews.Upload;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.tenant.MemberService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispute cases, the feature's API: one transaction per call over its parts (access, intake, queue,
 * journal, reading, evidence). A case's content is visible to its freelancer, its lead and its
 * supporters, nobody else; community admins see only that it exists and its status
 * ({@link #overview()}). Anything out of reach is "not found", so ids cannot be probed. Bad input
 * gives keyed {@link PortalException}s ({@code error.case.*}, {@code error.upload.*},
 * {@code error.company.identifier}).
 */
@Service
@Transactional
public class CaseService {

    /** The longest title, text and participants line a journal entry takes ({@code error.text.too-long}). */
    public static final int MAX_TITLE_CHARS = 300;
    public static final int MAX_BODY_CHARS = 50_000;
    public static final int MAX_PARTICIPANTS_CHARS = 2000;
    /** A lead's declaration when taking a case, and the reason of a status change. */
    public static final int MAX_NOTE_CHARS = 2000;
    public static final int MAX_REASON_CHARS = 4000;
    /** The largest {@code .eml} file {@link #importEmail} accepts. */
    public static final long MAX_EMAIL_BYTES = 30L * 1024 * 1024;

    private final CaseAccess caseAccess;
    private final CaseDrafting drafting;
    private final CaseQueue queue;
    private final CaseJournal journal;
    private final CaseReading reading;
    private final CaseEvidence evidence;
    private final CurrentUser currentUser;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseService(CaseAccess caseAccess, CaseDrafting drafting, CaseQueue queue, CaseJournal journal,
            CaseReading reading, CaseEvidence evidence, CurrentUser currentUser, MemberService members,
            ApplicationEventPublisher events, Clock clock) {
        this.caseAccess = caseAccess;
        this.drafting = drafting;
        this.queue = queue;
        this.journal = journal;
        this.reading = reading;
        this.evidence = evidence;
        this.currentUser = currentUser;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    // --- intake (the freelancer) ------------------------------------------------------------------

    /** Starts a draft with whatever was typed so far; any member. Only lengths are enforced on drafts. */
    public Long createDraft(CaseIntake intake) {
        return drafting.createDraft(intake);
    }

    /**
     * Saves the draft as typed (called as the member types); freelancer only, drafts only
     * ({@code error.case.not-a-draft}). A linked review request must be one of the member's own
     * ({@code error.case.review-request}). A field whose value cannot be stored (a negative or huge
     * amount) keeps its last stored value and is named in the answer; every other field is saved.
     */
    public DraftSaved saveDraft(Long caseId, CaseIntake intake) {
        return drafting.saveDraft(caseId, intake);
    }

    /**
     * Deletes a draft the member gave up, with what was typed and the contract attached: freelancer
     * only (anyone else gets not-found), drafts only ({@code error.case.not-a-draft}). A draft has no
     * journal yet, so no evidence is lost.
     */
    public void deleteDraft(Long caseId) {
        drafting.deleteDraft(caseId);
    }

    /** Attaches (or replaces) the contract file at intake; freelancer only, before a lead takes the case. */
    public FileView attachContract(Long caseId, Upload upload) {
        return drafting.attachContract(caseId, upload);
    }

    /**
     * Submits the draft to the community's experts and mediators after checking it is complete
     * (title, client, mission object, problem): the first failing check's key is thrown and nothing
     * changes.
     */
    public void submit(Long caseId) {
        drafting.submit(caseId);
    }

    /** The signed-in member's own cases, most recently changed first. */
    @Transactional(readOnly = true)
    public List<CaseSummary> mine() {
        return reading.mine();
    }

    // --- queue and taking (experts and mediators) ----------------------------------------------

    /** Submitted cases waiting for a lead, oldest first; experts and mediators, never their own cases. */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(QueueFilter filter) {
        return queue.queue(filter);
    }

    /**
     * The signed-in expert or mediator takes a submitted case as its lead, declaring whether they
     * have a conflict of interest with the client. A declared conflict refuses the take
     * ({@code error.case.conflict-declared}); someone faster gets {@code error.case.already-taken}.
     */
    public void take(Long caseId, boolean conflictOfInterest, String declaration) {
        queue.take(caseId, conflictOfInterest, declaration);
    }

    /** The lead invites another expert or mediator of the community to support the case. */
    public void inviteSupporter(Long caseId, Long userId) {
        queue.inviteSupporter(caseId, userId);
    }

    /** Cases the signed-in person leads or supports. */
    @Transactional(readOnly = true)
    public List<CaseSummary> involved() {
        return reading.involved();
    }

    // --- lifecycle ----------------------------------------------------------------------------------

    /**
     * Moves the case as its freelancer or lead may ({@link CaseStatus#allows}); a move that needs a
     * reason without one is {@code error.case.reason-required}, a move not allowed is
     * {@code error.case.transition}. Submitting goes through {@link #submit}, taking through {@link #take}.
     */
    public void move(Long caseId, CaseStatus target, String reason) {
        DisputeCase dispute = caseAccess.requireParticipant(caseId);
        Actor actor = caseAccess.actorOn(dispute);
        if (target == CaseStatus.SUBMITTED) {
            drafting.submit(caseId);
            return;
        }
        CaseAccess.requireMove(dispute, target, actor);
        String why = Texts.bounded(reason, MAX_REASON_CHARS);
        if (target.needsReasonFrom(dispute.getStatus()) && why == null) {
            throw new PortalException("error.case.reason-required");
        }
        dispute.moveTo(target, clock.instant());
        journal.appendEvent(dispute, target.name(), null, why, members.directoryByUser());
        Long me = currentUser.requireId();
        List<Long> others = caseAccess.peopleOf(dispute).stream().filter(person -> !person.equals(me)).toList();
        events.publishEvent(new CaseMoved(dispute.tenantId(), dispute.getId(), dispute.getTitle(), target, others));
    }

    // --- journal --------------------------------------------------------------------------------------

    /**
     * Appends an entry to the journal; freelancer, lead or supporters, until the case is closed.
     * Checks: a type other than status change ({@code error.case.entry-type}); a date for exchanges,
     * signals and payments ({@code error.case.entry-date}); a channel and a summary for exchanges, a
     * signal for weak signals ({@code error.case.entry-incomplete}); a corrected entry that exists
     * ({@code error.case.corrects}); files as in {@link CaseFiles}. Returns the entry's sequence number.
     */
    public int addEntry(Long caseId, NewEntry entry) {
        return journal.addEntry(caseId, entry);
    }

    /**
     * Imports an email ({@code .eml}) as an exchange entry with the original file as its first
     * attachment (headers and all, so it is hash-chained and goes into the evidence bundle beside the
     * parsed text), then the email's own attachments; same people as {@link #addEntry}. An unreadable
     * file is {@code error.case.eml-unreadable}.
     */
    public int importEmail(Long caseId, Upload eml) {
        return journal.importEmail(caseId, eml);
    }

    /** A file of the case (the intake contract or an attachment); freelancer, lead and supporters. */
    @Transactional(readOnly = true)
    public StoredFile file(Long caseId, Long fileId) {
        return reading.file(caseId, fileId);
    }

    // --- reading ------------------------------------------------------------------------------------

    /** The whole case with its journal, chain check and risk timeline; freelancer, lead and supporters. */
    @Transactional(readOnly = true)
    public CaseDetail get(Long caseId) {
        return reading.get(caseId);
    }

    /** Every non-draft case of the community with its status only; community admins. */
    @Transactional(readOnly = true)
    public List<CaseOverview> overview() {
        return reading.overview();
    }

    // --- lessons learned ------------------------------------------------------------------------------

    /**
     * What a lesson learned is drafted from: a closed case's intake, how it ended and when; its lead
     * only (others: not found). A case not yet closed is {@code error.kb.case-not-closed}.
     */
    @Transactional(readOnly = true)
    public LessonSource lessonSource(Long caseId) {
        return reading.lessonSource(caseId);
    }

    /** A closed case as a lesson learned starts from it; {@code ending} is how it ended before closing. */
    public record LessonSource(Long caseId, CaseIntake intake, CaseStatus ending, String endingReason,
            String freelancerName, Instant openedAt, Instant closedAt) {
    }

    // --- evidence ------------------------------------------------------------------------------------

    /** The evidence bundle (ZIP) of the case in the given language ("fr" or "en"); freelancer, lead, supporters. */
    @Transactional(readOnly = true)
    public byte[] evidenceBundle(Long caseId, String language) {
        return evidence.evidenceBundle(caseId, language);
    }

    /**
     * Checks an uploaded evidence bundle: intact or what was altered; and, when it is the bundle of a
     * case of this community the person may read, whether it matches the journal held here.
     */
    @Transactional(readOnly = true)
    public BundleCheck verifyBundle(Upload bundle) {
        return evidence.verifyBundle(bundle);
    }

    /**
     * Same as {@link #verifyBundle(Upload)} for a bundle read as a stream, in bounded memory: an empty
     * stream is {@code error.upload.empty}, one longer than {@link EvidenceBundle#MAX_BUNDLE_BYTES} is
     * {@code error.upload.too-large}, a ZIP bomb is {@code error.case.bundle-bomb}. A bundle matches the
     * journal held here only up to its own last entry, and never when it holds no entry.
     */
    @Transactional(readOnly = true)
    public BundleCheck verifyBundle(InputStream bundle) {
        return evidence.verifyBundle(bundle);
    }
}
